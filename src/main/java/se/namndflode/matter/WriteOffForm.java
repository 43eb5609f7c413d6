package se.namndflode.matter;

import se.namndflode.shared.web.TextLimits;

import jakarta.validation.constraints.Size;

/** Avskrivning: the manager's reason. Required (checked by {@link BoardMatterProcess#writeOff}). */
public class WriteOffForm {

    @Size(max = TextLimits.REASON, message = "{validation.tooLong}")
    private String reason;

    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
