package se.namndflode.assignment;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The responsible person's status report: enligt plan, avvikelse (text required) or klar. */
public class StatusReportForm {

    @NotNull(message = "{validation.required}")
    private Status status;

    @Size(max = 2000, message = "{validation.tooLong}")
    @Schema(description = "Kommentar; krävs vid avvikelse: vad avviker, varför och vad görs")
    private String text;

    public StatusReportForm() {
    }

    public StatusReportForm(Status status, String text) {
        this.status = status;
        this.text = text;
    }

    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
