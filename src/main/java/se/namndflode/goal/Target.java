package se.namndflode.goal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import se.namndflode.shared.web.DomainException;

/**
 * A target of an indicator: a floor, a ceiling or a band, with an optional tolerance (how far outside the bound
 * an outcome still rates "partly"), or "Tas fram av nämnd", or none. Bounds and tolerance are in the indicator's
 * unit.
 */
@Embeddable
public class Target {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TargetKind kind;

    private BigDecimal lower;
    private BigDecimal upper;
    private BigDecimal tolerance;

    protected Target() {
    }

    Target(TargetKind kind, BigDecimal lower, BigDecimal upper, BigDecimal tolerance) {
        this.kind = kind == null ? TargetKind.NONE : kind;
        this.lower = lower;
        this.upper = upper;
        this.tolerance = tolerance;
    }

    static Target none() {
        return new Target(TargetKind.NONE, null, null, null);
    }

    /**
     * Checks the bounds the kind needs: a floor needs its lower bound, a ceiling its upper, a band both with
     * lower ≤ upper; the tolerance is not negative. Refusals name {@code field} (e.g. {@code target}).
     */
    Target validated(String field) {
        boolean needsLower = kind == TargetKind.FLOOR || kind == TargetKind.BAND;
        boolean needsUpper = kind == TargetKind.CEILING || kind == TargetKind.BAND;
        if (needsLower && lower == null || needsUpper && upper == null) {
            throw DomainException.invalid(field, "goal.target.boundMissing");
        }
        if (kind == TargetKind.BAND && lower.compareTo(upper) > 0) {
            throw DomainException.invalid(field, "goal.target.bandReversed", Numbers.format(lower, null),
                    Numbers.format(upper, null));
        }
        if (tolerance != null && tolerance.signum() < 0) {
            throw DomainException.invalid(field, "goal.target.negativeTolerance");
        }
        if (!needsLower) {
            lower = null;
        }
        if (!needsUpper) {
            upper = null;
        }
        if (kind == TargetKind.BOARD_SETS || kind == TargetKind.NONE) {
            tolerance = null;
        }
        return this;
    }

    /** In Swedish, as a plan prints it: "minst 70 %", "högst 1,6 kg", "2–4 st", "±1 %", "Tas fram av nämnd". */
    public String describe(String unit) {
        String text = switch (kind) {
            case FLOOR -> "minst " + Numbers.format(lower, unit);
            case CEILING -> "högst " + Numbers.format(upper, unit);
            case BAND -> Numbers.band(lower, upper, unit);
            case BOARD_SETS -> "Tas fram av nämnd";
            case NONE -> "–";
        };
        if (tolerance != null && tolerance.signum() > 0) {
            text += " (tolerans " + Numbers.format(tolerance, unit) + ")";
        }
        return text;
    }

    public TargetKind getKind() { return kind; }
    public BigDecimal getLower() { return lower; }
    public BigDecimal getUpper() { return upper; }
    public BigDecimal getTolerance() { return tolerance; }
}
