package se.namndflode.matter;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Where a matter stands in the board-matter process: deadlines, flags and outcomes, for lists and history. */
@Entity
public class MatterProgress {

    @Id
    private Long matterId;

    private String registryNumber;

    private String municipalityCode;

    private String kind;

    /** The day the matter was registered (Europe/Stockholm): the start of its timeline. */
    private LocalDate registeredOn;

    private LocalDate answerDue;

    private LocalDate reminderDue;

    private OffsetDateTime remindedAt;

    private LocalDate overdueSince;

    /** The meeting the matter was last put forward to ("Anmäl till sammanträde"). */
    private LocalDate meetingDate;

    /** Why the matter goes to a meeting after its answer date; set only then. */
    private String lateMeetingReason;

    @Enumerated(EnumType.STRING)
    private BoardOutcome boardOutcome;

    /** The day the board last handled the matter: decided, återremiss or bordläggning. */
    private LocalDate decidedOn;

    private String referBackReason;

    private LocalDate noticePublishedOn;

    private LocalDate appealPeriodEnds;

    private LocalDate legalForceOn;

    private OffsetDateTime dispatchedAt;

    private OffsetDateTime closedAt;

    private OffsetDateTime writtenOffAt;

    private String writeOffReason;

    @Version
    private long version;

    protected MatterProgress() {
    }

    MatterProgress(Long matterId, String registryNumber, String municipalityCode, String kind,
            LocalDate registeredOn, LocalDate answerDue, LocalDate reminderDue) {
        this.matterId = matterId;
        this.registryNumber = registryNumber;
        this.municipalityCode = municipalityCode;
        this.kind = kind;
        this.registeredOn = registeredOn;
        this.answerDue = answerDue;
        this.reminderDue = reminderDue;
    }

    void reminded(OffsetDateTime at) { this.remindedAt = at; }
    void overdueSince(LocalDate day) { this.overdueSince = day; }
    void placedOnAgenda(LocalDate meeting, String lateReason) {
        this.meetingDate = meeting;
        this.lateMeetingReason = lateReason;
    }
    void handledOn(LocalDate on) { this.decidedOn = on; }
    void boardOutcome(BoardOutcome outcome, String reason, LocalDate on) {
        this.boardOutcome = outcome;
        this.decidedOn = on;
        this.referBackReason = outcome == BoardOutcome.REFER_BACK ? reason : null;
    }
    void noticePublished(LocalDate on, LocalDate appealEnds) {
        this.noticePublishedOn = on;
        this.appealPeriodEnds = appealEnds;
    }
    void legalForce(LocalDate on) { this.legalForceOn = on; }
    void dispatched(OffsetDateTime at) { this.dispatchedAt = at; }
    void closed(OffsetDateTime at) { this.closedAt = at; }
    void writtenOff(OffsetDateTime at, String reason) {
        this.writtenOffAt = at;
        this.writeOffReason = reason;
    }

    /** Overdue: past the answer date and neither closed nor written off. */
    public boolean isOverdue() {
        return overdueSince != null && closedAt == null && writtenOffAt == null;
    }

    /** Put forward to a meeting after its answer date (with {@link #getLateMeetingReason() a reason}). */
    public boolean isLateMeeting() {
        return MatterTimeline.isLate(meetingDate, answerDue);
    }

    public boolean isOpen() {
        return closedAt == null && writtenOffAt == null;
    }

    public Long getMatterId() { return matterId; }
    public String getRegistryNumber() { return registryNumber; }
    public String getMunicipalityCode() { return municipalityCode; }
    public String getKind() { return kind; }
    public LocalDate getRegisteredOn() { return registeredOn; }
    public LocalDate getAnswerDue() { return answerDue; }
    public LocalDate getReminderDue() { return reminderDue; }
    public OffsetDateTime getRemindedAt() { return remindedAt; }
    public LocalDate getOverdueSince() { return overdueSince; }
    public LocalDate getMeetingDate() { return meetingDate; }
    public String getLateMeetingReason() { return lateMeetingReason; }
    public BoardOutcome getBoardOutcome() { return boardOutcome; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public String getReferBackReason() { return referBackReason; }
    public LocalDate getNoticePublishedOn() { return noticePublishedOn; }
    public LocalDate getAppealPeriodEnds() { return appealPeriodEnds; }
    public LocalDate getLegalForceOn() { return legalForceOn; }
    public OffsetDateTime getDispatchedAt() { return dispatchedAt; }
    public OffsetDateTime getClosedAt() { return closedAt; }
    public OffsetDateTime getWrittenOffAt() { return writtenOffAt; }
    public String getWriteOffReason() { return writeOffReason; }
    public long getVersion() { return version; }
}
