package se.namndflode.minutes;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.namndflode.meeting.Meeting;
import se.namndflode.meeting.Meetings;
import se.namndflode.organisation.BoardComposition;
import se.namndflode.organisation.BoardSeat;
import se.namndflode.organisation.Organisation;

/**
 * The justering as the minutes document sees it: {@link MinutesEditGuard} (the minutes' own texts are refused once
 * the minutes are justered, and while they are being signed: {@link MinutesApproval#requireEditable}) and {@link
 * MinutesSigners} (the justerare named for the current version, "Name (Party)", in the order they sign; the chair is
 * the cover's presiding member).
 */
@Component
@Transactional(readOnly = true)
class JusteringGuards implements MinutesEditGuard, MinutesSigners {

    private final MinutesApproval approval;
    private final MinutesVersionRepository versions;
    private final Meetings meetings;
    private final Organisation organisation;

    JusteringGuards(MinutesApproval approval, MinutesVersionRepository versions, Meetings meetings,
            Organisation organisation) {
        this.approval = approval;
        this.versions = versions;
        this.meetings = meetings;
        this.organisation = organisation;
    }

    @Override
    public void requireEditable(Minutes minutes) {
        approval.requireEditable(minutes.getMeetingId());
    }

    @Override
    public List<String> justerare(Long meetingId) {
        MinutesVersion version = versions.findFirstByMeetingIdOrderByNumberDesc(meetingId).orElse(null);
        if (version == null) {
            return List.of();
        }
        Meeting meeting = meetings.meeting(meetingId);
        BoardComposition composition = organisation.composition(meeting.getBoard(), meeting.getDay());
        List<BoardSeat> seats = new java.util.ArrayList<>(composition.members());
        seats.addAll(composition.substitutes());
        return version.getSignatories().stream().filter(one -> one.getRole() == MinutesSignatory.Role.APPROVER)
                .map(one -> one.getPersonName() + seats.stream()
                        .filter(seat -> seat.getPerson().getId().equals(one.getPersonId())).findFirst()
                        .map(seat -> " (" + seat.getParty().getCode() + ")").orElse(""))
                .toList();
    }
}
