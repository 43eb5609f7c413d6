package se.namndflode.followup;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A manager starts the follow-up of a board's goals for a reporting period of a plan year. */
public class FollowUpForm {

    @NotNull(message = "{validation.required}")
    private Long boardId;
    @NotNull(message = "{validation.required}")
    @Min(value = 2000, message = "{followUp.planYear.range}")
    @Max(value = 2100, message = "{followUp.planYear.range}")
    private Integer planYear;
    @NotBlank(message = "{validation.required}")
    @Schema(description = "Rapportperiodens kod: T1, T2 eller ANNUAL (verksamhetsberättelse)")
    private String periodCode;
    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @Schema(description = "Sista dag att lämna utfall, i dag eller senare; påminnelse några arbetsdagar före")
    private LocalDate deadline;

    public FollowUpForm() {
    }

    public FollowUpForm(Long boardId, Integer planYear, String periodCode, LocalDate deadline) {
        this.boardId = boardId;
        this.planYear = planYear;
        this.periodCode = periodCode;
        this.deadline = deadline;
    }

    public Long getBoardId() { return boardId; }
    public void setBoardId(Long boardId) { this.boardId = boardId; }
    public Integer getPlanYear() { return planYear; }
    public void setPlanYear(Integer planYear) { this.planYear = planYear; }
    public String getPeriodCode() { return periodCode; }
    public void setPeriodCode(String periodCode) { this.periodCode = periodCode; }
    public LocalDate getDeadline() { return deadline; }
    public void setDeadline(LocalDate deadline) { this.deadline = deadline; }
}
