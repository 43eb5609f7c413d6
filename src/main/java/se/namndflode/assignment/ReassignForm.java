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
     * The assignment's version the person saw (its optimistic lock), required: missing, 400; stale (someone changed
     * the assignment meanwhile), 409 with the assignment as it is now, nothing changed.
     */
    @Schema(description = "Uppdragets version som du läste (GET /api/v1/assignments/{id}); krävs. Har någon annan "
            + "ändrat uppdraget sedan dess: 409 med läget nu i current", example = "3")
    private Long version;

    public ReassignForm() {
    }

    /** The form with the version the person saw: a change made meanwhile refuses it. */
    public ReassignForm(String responsible, String reason, Long version) {
        this.responsible = responsible;
        this.reason = reason;
        this.version = version;
    }

    public String getResponsible() { return responsible; }
    public void setResponsible(String responsible) { this.responsible = responsible; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
