package se.namndflode.goal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The official's assessment of a goal for a reporting period: a rating code on the goal level's scale and the
 * justification ("Bedömningen grundas på att ..."), required when the rating differs from the proposal.
 */
public class AssessmentForm {

    @NotNull(message = "{validation.required}")
    private Long goalId;
    /**
     * Not required by the form itself: every edge that takes this form knows the period otherwise and sets or checks
     * it before the service, which refuses an unknown or missing one (422 on the field). The goal module's pages and
     * API take it from their path; a follow-up's API from the follow-up, where a given one must be the follow-up's.
     */
    @Schema(description = "Rapportperiodens kod (T1, T2, ANNUAL). Under en uppföljning (/api/v1/follow-ups/{id}/...) "
            + "valfri: uppföljningens period gäller, och en annan period ger 422 på fältet. I målens API "
            + "(/api/v1/goals/...) anges perioden i adressen.", requiredMode = Schema.RequiredMode.NOT_REQUIRED,
            example = "T1")
    private String periodCode;
    private long version;
    @NotBlank(message = "{validation.required}")
    private String rating;
    @Size(max = 8000, message = "{validation.tooLong}")
    private String justification;

    public Long getGoalId() { return goalId; }
    public void setGoalId(Long goalId) { this.goalId = goalId; }
    public String getPeriodCode() { return periodCode; }
    public void setPeriodCode(String periodCode) { this.periodCode = periodCode; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public String getRating() { return rating; }
    public void setRating(String rating) { this.rating = rating; }
    public String getJustification() { return justification; }
    public void setJustification(String justification) { this.justification = justification; }
}
