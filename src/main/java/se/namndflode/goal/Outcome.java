package se.namndflode.goal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/**
 * An indicator's outcome (utfall) for one reporting period of its plan year, in the indicator's unit: the
 * period's value, optionally split by gender, last year's outcome, the forecast for the year (prognos helår) and
 * a comment; or not measured, with the reason.
 */
@Entity
public class Outcome {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    private Indicator indicator;
    @ManyToOne(optional = false)
    private ReportingPeriod period;
    @Column(name = "outcome_value")
    private BigDecimal value;
    private BigDecimal valueMen;
    private BigDecimal valueWomen;
    private BigDecimal lastYearValue;
    private BigDecimal forecastValue;
    private String comment;
    private String notMeasuredReason;
    @Version
    private long version;

    protected Outcome() {
    }

    Outcome(Indicator indicator, ReportingPeriod period) {
        this.indicator = indicator;
        this.period = period;
    }

    void change(BigDecimal newValue, BigDecimal men, BigDecimal women, BigDecimal lastYear, BigDecimal forecast,
            String newComment, String newNotMeasuredReason) {
        this.value = newValue;
        this.valueMen = men;
        this.valueWomen = women;
        this.lastYearValue = lastYear;
        this.forecastValue = forecast;
        this.comment = newComment;
        this.notMeasuredReason = newNotMeasuredReason;
    }

    public boolean isMeasured() {
        return notMeasuredReason == null;
    }

    /** What the period's rating judges: the forecast for the year in a forecast period, else the outcome. */
    public BigDecimal judgedValue() {
        return period.isForecast() && forecastValue != null ? forecastValue : value;
    }

    public Long getId() { return id; }
    public Indicator getIndicator() { return indicator; }
    public ReportingPeriod getPeriod() { return period; }
    public BigDecimal getValue() { return value; }
    public BigDecimal getValueMen() { return valueMen; }
    public BigDecimal getValueWomen() { return valueWomen; }
    public BigDecimal getLastYearValue() { return lastYearValue; }
    public BigDecimal getForecastValue() { return forecastValue; }
    public String getComment() { return comment; }
    public String getNotMeasuredReason() { return notMeasuredReason; }
    public long getVersion() { return version; }
}
