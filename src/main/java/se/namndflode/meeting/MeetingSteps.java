package se.namndflode.meeting;

import java.time.Clock;
import java.time.OffsetDateTime;
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

    MeetingSteps(MeetingRepository meetings, AuditLog audit, Clock clock) {
        this.meetings = meetings;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The kallelse has not been sent N days before the meeting (the board's setting): the meeting is marked as
     * reminded, which the secretary's task list and the meeting page show, and the reminder is audited.
     */
    public void remindOfKallelse(Long meetingId) {
        Meeting meeting = meetings.findById(meetingId)
                .orElseThrow(() -> new IllegalStateException("No meeting " + meetingId));
        meeting.kallelseReminded(OffsetDateTime.now(clock));
        audit.record("KALLELSE_REMINDER", Meetings.ENTITY, meetingId, meeting.getMunicipalityCode(),
                "Påminnelse: kallelsen till sammanträdet " + meeting.getDay() + " är inte skickad", null);
    }
}
