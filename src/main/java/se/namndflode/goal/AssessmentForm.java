package se.namndflode.goal;

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
    @NotBlank(message = "{validation.required}")
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
