package se.namndflode.goal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A reporting point of the municipality's calendar: T1 per 30 April, T2 per 31 August, ANNUAL per 31
 * December (or others). {@code forecast} says whether its report judges the forecast for the year (tertial
 * reports) or the outcome (the annual report); {@code periodicities} which indicators are reported at it.
 */
@Entity
public class ReportingPeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String municipalityCode;
    @Column(nullable = false)
    private String code;
    @Column(nullable = false)
    private String name;
    private int asOfMonth;
    private int asOfDay;
    private boolean forecast;
    @Column(nullable = false)
    private String periodicities;
    @Version
    private long version;

    protected ReportingPeriod() {
    }

    ReportingPeriod(String municipalityCode, String code) {
        this.municipalityCode = municipalityCode;
        this.code = code;
    }

    void change(String newName, int month, int day, boolean isForecast, Set<Periodicity> reported) {
        this.name = newName;
        this.asOfMonth = month;
        this.asOfDay = day;
        this.forecast = isForecast;
        this.periodicities = reported.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    public boolean reports(Periodicity periodicity) {
        return getPeriodicities().contains(periodicity);
    }

    public Set<Periodicity> getPeriodicities() {
        Set<Periodicity> set = EnumSet.noneOf(Periodicity.class);
        Arrays.stream(periodicities.split(",")).filter(text -> !text.isBlank())
                .forEach(text -> set.add(Periodicity.valueOf(text.trim())));
        return set;
    }

    /** The day the period's figures are reported as of, in a year ("per den 30 april 2026"). */
    public LocalDate asOf(int year) {
        return LocalDate.of(year, asOfMonth, asOfDay);
    }

    public Long getId() { return id; }
    public String getMunicipalityCode() { return municipalityCode; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public int getAsOfMonth() { return asOfMonth; }
    public int getAsOfDay() { return asOfDay; }
    public boolean isForecast() { return forecast; }
    public long getVersion() { return version; }
}
