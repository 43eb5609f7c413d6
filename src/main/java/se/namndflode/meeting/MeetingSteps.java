package se.namndflode.meeting;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import se.namndflode.shared.audit.AuditLog;

/**
 * What the engine calls from {@code bpmn/meeting.bpmn} ({@code ${meetingSteps.remindOfKallelse(meetingId)}}): each
 * step updates the meeting and the audit log in the engine's transaction. Public only because the engine's
 * expression language calls it; no other module should.
 */
@Component("meetingSteps")
public class MeetingSteps {

    private final MeetingRepository meetings;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    MeetingSteps(MeetingRepository meetings, AuditLog audit, Clock clock, ApplicationEventPublisher events) {
        this.meetings = meetings;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /**
     * The kallelse has not been sent N days before the meeting (the board's setting): the meeting is marked as
     * reminded, which the secretary's task list and the meeting page show, and the reminder is audited.
     */
    public void remindOfKallelse(Long meetingId) {
        Meeting meeting = meetings.findById(meetingId)
                .orElseThrow(() -> new IllegalStateException("No meeting " + meetingId));
        meeting.kallelseReminded(OffsetDateTime.now(clock));
        events.publishEvent(new MeetingRemindersChanged(meetingId));
        audit.record("KALLELSE_REMINDER", Meetings.ENTITY, meetingId, meeting.getMunicipalityCode(),
                "Påminnelse: kallelsen till sammanträdet " + meeting.getDay() + " är inte skickad", null);
    }

    /**
     * The minutes are not justered two days before the last day of justering (14 days after the meeting, KL 5 kap.
     * 69 §): the meeting is marked as reminded (the justering page shows it) and audited, and
     * {@link JusteringReminderDue} tells the minutes capability to remind the chair and the justerare.
     */
    public void remindOfJustering(Long meetingId) {
        Meeting meeting = meeting(meetingId);
        meeting.justeringReminded(OffsetDateTime.now(clock));
        events.publishEvent(new MeetingRemindersChanged(meetingId));
        audit.record("JUSTERING_REMINDER", Meetings.ENTITY, meetingId, meeting.getMunicipalityCode(),
                "Påminnelse: protokollet från sammanträdet " + meeting.getDay() + " ska justeras senast "
                        + meeting.getDay().plus(Meetings.JUSTERING_AT_MOST_AFTER), null);
        events.publishEvent(new JusteringReminderDue(meetingId, meeting.getMunicipalityCode(),
                meeting.getDay().plus(Meetings.JUSTERING_AT_MOST_AFTER)));
    }

    /**
     * The justering is not posted on the anslagstavla on the second day after it: the meeting is marked as
     * reminded and audited (the manager's task follows the next morning from the model).
     */
    public void remindOfNotice(Long meetingId) {
        Meeting meeting = meeting(meetingId);
        meeting.noticeReminded(OffsetDateTime.now(clock));
        events.publishEvent(new MeetingRemindersChanged(meetingId));
        audit.record("NOTICE_REMINDER", Meetings.ENTITY, meetingId, meeting.getMunicipalityCode(),
                "Påminnelse: justeringen av protokollet från sammanträdet " + meeting.getDay()
                        + " ska anslås i dag", null);
    }

    private Meeting meeting(Long meetingId) {
        return meetings.findById(meetingId).orElseThrow(() -> new IllegalStateException("No meeting " + meetingId));
    }
}
