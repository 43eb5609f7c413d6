package se.namndflode.minutes;

import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.namndflode.meeting.Meeting;
import se.namndflode.meeting.Meetings;
import se.namndflode.meeting.Paragraph;

/**
 * The minutes' content until the rendered document takes its place: the board, the meeting's day, time and place,
 * and each paragraph's number, title, diarienummer, outcome and decision points, one line each, in agenda order.
 * Used by {@link MinutesApproval} only when no other {@link MinutesContent} exists.
 */
@Component
@Transactional(readOnly = true)
class RecordedMeetingText implements MinutesContent {

    private final Meetings meetings;

    RecordedMeetingText(Meetings meetings) {
        this.meetings = meetings;
    }

    @Override
    public String content(Long meetingId) {
        Meeting meeting = meetings.meeting(meetingId);
        StringBuilder text = new StringBuilder();
        text.append(meeting.getBoard().getName()).append('\n')
                .append("Sammanträde ").append(meeting.getDay()).append(" kl. ")
                .append(meeting.getStartsAt().format(DateTimeFormatter.ofPattern("HH:mm"))).append(", ")
                .append(meeting.getPlace()).append('\n');
        for (Paragraph item : meetings.paragraphs(meetingId)) {
            text.append('\n').append(item.getLabel() == null ? "punkt " + item.getPosition() : item.getLabel())
                    .append(' ').append(item.getTitle()).append('\n');
            if (item.getRegistryNumber() != null) {
                text.append(item.getRegistryNumber()).append('\n');
            }
            if (item.getOutcome() != null) {
                text.append(item.getOutcome().name()).append('\n');
            }
            if (item.getDecisionText() != null) {
                text.append(item.getDecisionText().strip()).append('\n');
            }
        }
        return text.toString();
    }
}
