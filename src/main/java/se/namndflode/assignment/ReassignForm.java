package se.namndflode.assignment;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Appoint or change the responsible person; the open tasks of the assignment follow. */
public class ReassignForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.tooLong}")
    @Schema(description = "Användarnamn", example = "handlaggare")
    private String responsible;

    @Size(max = 2000, message = "{validation.tooLong}")
    private String reason;

    /**
     * The assignment's version the person saw (its optimistic lock), or null to change whatever is current (the
     * API's callers before versions were sent): a stale one refuses the change (409).
     */
    private Long version;

    public ReassignForm() {
    }

    public ReassignForm(String responsible, String reason) {
        this.responsible = responsible;
        this.reason = reason;
    }

    public String getResponsible() { return responsible; }
    public void setResponsible(String responsible) { this.responsible = responsible; }
    /** The form with the version the person saw: a change made meanwhile refuses it. */
    public ReassignForm(String responsible, String reason, Long version) {
        this(responsible, reason);
        this.version = version;
    }

    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
