package se.namndflode.goal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/**
 * A level of a municipality's goal hierarchy (Stockholm: KF:s inriktningsmål, depth 1 → KF:s mål för
 * verksamhetsområdet → nämndmål), who decides goals at it and the scale they are rated on.
 */
@Entity
public class GoalLevel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String municipalityCode;
    @Column(nullable = false)
    private String code;
    @Column(nullable = false)
    private String name;
    private int depth;
    @Column(nullable = false)
    private String decidedBy;
    @ManyToOne(optional = false)
    private RatingScale scale;
    @Version
    private long version;

    protected GoalLevel() {
    }

    GoalLevel(String municipalityCode, String code) {
        this.municipalityCode = municipalityCode;
        this.code = code;
    }

    void change(String newName, int newDepth, String newDecidedBy, RatingScale newScale) {
        this.name = newName;
        this.depth = newDepth;
        this.decidedBy = newDecidedBy;
        this.scale = newScale;
    }

    public Long getId() { return id; }
    public String getMunicipalityCode() { return municipalityCode; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public int getDepth() { return depth; }
    public String getDecidedBy() { return decidedBy; }
    public RatingScale getScale() { return scale; }
    public long getVersion() { return version; }
}
