package se.namndflode.assignment;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What to do with an overdue assignment: extend it ({@code newEndDate} and {@code reason} required), reassign it
 * ({@code responsible} required) or escalate it to the director; {@code version} is the assignment's as the person
 * saw it (required).
 */
public class OverdueActionForm {

    @NotNull(message = "{validation.required}")
    private OverdueAction action;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @Schema(description = "Förläng: nytt slutdatum, efter det nuvarande och inte passerat")
    private LocalDate newEndDate;

    @Size(max = 2000, message = "{validation.tooLong}")
    @Schema(description = "Förläng: skälet (krävs); eskalera: vad förvaltningschefen behöver veta")
    private String reason;

    @Size(max = 100, message = "{validation.tooLong}")
    @Schema(description = "Omfördela: den nya ansvariga personens användarnamn")
    private String responsible;

    /**
     * The assignment's version the person saw, required: missing, 400; stale (another manager acted on it or changed
     * it meanwhile), 409 with the assignment as it is now, nothing changed.
     */
    @Schema(description = "Uppdragets version som du läste (GET /api/v1/assignments/{id}); krävs. Har någon annan "
            + "åtgärdat eller ändrat uppdraget sedan dess: 409 med läget nu i current", example = "3")
    private Long version;

    public OverdueActionForm() {
    }

    public OverdueActionForm(OverdueAction action, LocalDate newEndDate, String reason, String responsible,
            Long version) {
        this.action = action;
        this.newEndDate = newEndDate;
        this.reason = reason;
        this.responsible = responsible;
        this.version = version;
    }

    public OverdueAction getAction() { return action; }
    public void setAction(OverdueAction action) { this.action = action; }
    public LocalDate getNewEndDate() { return newEndDate; }
    public void setNewEndDate(LocalDate newEndDate) { this.newEndDate = newEndDate; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getResponsible() { return responsible; }
    public void setResponsible(String responsible) { this.responsible = responsible; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
