package se.namndflode.goal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/**
 * An indicator (or key figure, nyckeltal) of a goal at any level, with its unit, periodicity, the board's target
 * (årsmål) and the council's (KF:s årsmål). Its code ("I01") is unique within municipality and plan year.
 */
@Entity
public class Indicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String municipalityCode;
    private int planYear;
    @Column(nullable = false)
    private String code;
    @ManyToOne(optional = false)
    private Goal goal;
    @Column(nullable = false)
    private String name;
    private String unit;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Periodicity periodicity;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "kind", column = @Column(name = "target_kind", nullable = false)),
            @AttributeOverride(name = "lower", column = @Column(name = "target_lower")),
            @AttributeOverride(name = "upper", column = @Column(name = "target_upper")),
            @AttributeOverride(name = "tolerance", column = @Column(name = "target_tolerance"))})
    private Target target;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "kind", column = @Column(name = "council_target_kind", nullable = false)),
            @AttributeOverride(name = "lower", column = @Column(name = "council_target_lower")),
            @AttributeOverride(name = "upper", column = @Column(name = "council_target_upper")),
            @AttributeOverride(name = "tolerance", column = @Column(name = "council_target_tolerance"))})
    private Target councilTarget;

    /** Who enters the indicator's outcomes in a follow-up (a user name), or null: the manager starting it. */
    @Column(name = "owner_username")
    private String owner;

    @Version
    private long version;

    protected Indicator() {
    }

    Indicator(String municipalityCode, int planYear, String code) {
        this.municipalityCode = municipalityCode;
        this.planYear = planYear;
        this.code = code;
    }

    void change(Goal newGoal, String newName, String newUnit, Periodicity newPeriodicity, Target newTarget,
            Target newCouncilTarget) {
        this.goal = newGoal;
        this.name = newName;
        this.unit = newUnit;
        this.periodicity = newPeriodicity;
        this.target = newTarget.validated("target");
        this.councilTarget = newCouncilTarget.validated("councilTarget");
    }

    void ownedBy(String username) {
        this.owner = username == null || username.isBlank() ? null : username.trim();
    }

    /** A key figure: nothing to rate against, reported as change. */
    public boolean isKeyFigure() {
        return target.getKind() == TargetKind.NONE && councilTarget.getKind() == TargetKind.NONE;
    }

    public Long getId() { return id; }
    public String getMunicipalityCode() { return municipalityCode; }
    public int getPlanYear() { return planYear; }
    public String getCode() { return code; }
    public Goal getGoal() { return goal; }
    public String getName() { return name; }
    public String getUnit() { return unit; }
    public Periodicity getPeriodicity() { return periodicity; }
    public Target getTarget() { return target; }
    public Target getCouncilTarget() { return councilTarget; }
    public String getOwner() { return owner; }
    public long getVersion() { return version; }
}
