package se.namndflode.matter;

import jakarta.validation.constraints.Size;

/** Avskrivning: the manager's reason. Required (checked by {@link BoardMatterProcess#writeOff}). */
public class WriteOffForm {

    @Size(max = 2000, message = "{validation.tooLong}")
    private String reason;

    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
