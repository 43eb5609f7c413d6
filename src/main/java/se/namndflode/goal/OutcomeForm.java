package se.namndflode.goal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.springframework.format.annotation.NumberFormat;

/**
 * An indicator's outcome for a reporting period, in the indicator's unit (62,5 for "62,5 %"). {@code notMeasured}
 * with a reason instead of a value when the indicator was not measured. {@code version} is the outcome's version
 * when changing one (optimistic locking), 0 for a new one.
 */
public class OutcomeForm {

    @NotNull(message = "{validation.required}")
    private Long indicatorId;
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
    @NumberFormat(pattern = "#,##0.####")
    private BigDecimal value;
    @NumberFormat(pattern = "#,##0.####")
    private BigDecimal valueMen;
    @NumberFormat(pattern = "#,##0.####")
    private BigDecimal valueWomen;
    @NumberFormat(pattern = "#,##0.####")
    private BigDecimal lastYearValue;
    @NumberFormat(pattern = "#,##0.####")
    private BigDecimal forecastValue;
    @Size(max = 4000, message = "{validation.tooLong}")
    private String comment;
    private boolean notMeasured;
    @Size(max = 2000, message = "{validation.tooLong}")
    private String notMeasuredReason;

    public static OutcomeForm of(Outcome outcome) {
        OutcomeForm form = new OutcomeForm();
        form.indicatorId = outcome.getIndicator().getId();
        form.periodCode = outcome.getPeriod().getCode();
        form.version = outcome.getVersion();
        form.value = outcome.getValue();
        form.valueMen = outcome.getValueMen();
        form.valueWomen = outcome.getValueWomen();
        form.lastYearValue = outcome.getLastYearValue();
        form.forecastValue = outcome.getForecastValue();
        form.comment = outcome.getComment();
        form.notMeasured = !outcome.isMeasured();
        form.notMeasuredReason = outcome.getNotMeasuredReason();
        return form;
    }

    public Long getIndicatorId() { return indicatorId; }
    public void setIndicatorId(Long indicatorId) { this.indicatorId = indicatorId; }
    public String getPeriodCode() { return periodCode; }
    public void setPeriodCode(String periodCode) { this.periodCode = periodCode; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public BigDecimal getValue() { return value; }
    public void setValue(BigDecimal value) { this.value = value; }
    public BigDecimal getValueMen() { return valueMen; }
    public void setValueMen(BigDecimal valueMen) { this.valueMen = valueMen; }
    public BigDecimal getValueWomen() { return valueWomen; }
    public void setValueWomen(BigDecimal valueWomen) { this.valueWomen = valueWomen; }
    public BigDecimal getLastYearValue() { return lastYearValue; }
    public void setLastYearValue(BigDecimal lastYearValue) { this.lastYearValue = lastYearValue; }
    public BigDecimal getForecastValue() { return forecastValue; }
    public void setForecastValue(BigDecimal forecastValue) { this.forecastValue = forecastValue; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public boolean isNotMeasured() { return notMeasured; }
    public void setNotMeasured(boolean notMeasured) { this.notMeasured = notMeasured; }
    public String getNotMeasuredReason() { return notMeasuredReason; }
    public void setNotMeasuredReason(String notMeasuredReason) { this.notMeasuredReason = notMeasuredReason; }
}
