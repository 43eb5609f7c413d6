package se.namndflode.matter;

import se.namndflode.shared.web.TextLimits;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The board's handling of a matter at a meeting, as the secretary records it. */
public class BoardOutcomeForm {

    @NotNull(message = "{validation.required}")
    private BoardOutcome outcome;

    @Size(max = TextLimits.REASON, message = "{validation.tooLong}")
    private String reason;

    private boolean immediateApproval;

    /** The day of the meeting at which the board handled the matter (empty: the meeting it was put forward to). */
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate decidedOn;

    /** Justered at once: the day the justering was announced on the notice board (empty: today). */
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate noticeDay;

    public BoardOutcome getOutcome() { return outcome; }
    public void setOutcome(BoardOutcome outcome) { this.outcome = outcome; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public boolean isImmediateApproval() { return immediateApproval; }
    public void setImmediateApproval(boolean immediateApproval) { this.immediateApproval = immediateApproval; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public void setDecidedOn(LocalDate decidedOn) { this.decidedOn = decidedOn; }
    public LocalDate getNoticeDay() { return noticeDay; }
    public void setNoticeDay(LocalDate noticeDay) { this.noticeDay = noticeDay; }
}
