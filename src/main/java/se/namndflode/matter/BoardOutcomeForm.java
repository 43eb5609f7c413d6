package se.namndflode.matter;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The board's handling of a matter at a meeting, as the secretary records it. */
public class BoardOutcomeForm {

    @NotNull(message = "{validation.required}")
    private BoardOutcome outcome;

    @Size(max = 2000, message = "{validation.tooLong}")
    private String reason;

    private boolean immediateApproval;

    public BoardOutcome getOutcome() { return outcome; }
    public void setOutcome(BoardOutcome outcome) { this.outcome = outcome; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public boolean isImmediateApproval() { return immediateApproval; }
    public void setImmediateApproval(boolean immediateApproval) { this.immediateApproval = immediateApproval; }
}
