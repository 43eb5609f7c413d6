package se.namndflode.goal;

import jakarta.validation.constraints.NotBlank;
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
    @NotBlank(message = "{validation.required}")
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
