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

    public ReassignForm() {
    }

    public ReassignForm(String responsible, String reason) {
        this.responsible = responsible;
        this.reason = reason;
    }

    public String getResponsible() { return responsible; }
    public void setResponsible(String responsible) { this.responsible = responsible; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
