package se.namndflode.goal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * The responsible official's assessment (bedömning) of a goal for a reporting period: a rating on the goal
 * level's scale and the justification ("Bedömningen grundas på att ..."). {@code deviates} marks a rating other
 * than the proposal's, for the manager to see.
 */
@Entity
public class Assessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    private Goal goal;
    @ManyToOne(optional = false)
    private ReportingPeriod period;
    @Column(nullable = false)
    private String rating;
    private String justification;
    @ManyToOne
    private RatingProposal proposal;
    private String proposedRating;
    private boolean deviates;
    @Column(nullable = false)
    private String assessedBy;
    @Column(nullable = false)
    private OffsetDateTime assessedAt;
    @Version
    private long version;

    protected Assessment() {
    }

    Assessment(Goal goal, ReportingPeriod period) {
        this.goal = goal;
        this.period = period;
    }

    void change(String newRating, String newJustification, RatingProposal against, String by, OffsetDateTime at) {
        this.rating = newRating;
        this.justification = newJustification;
        this.proposal = against;
        this.proposedRating = against == null ? null : against.getRating();
        this.deviates = proposedRating != null && !proposedRating.equals(newRating);
        this.assessedBy = by;
        this.assessedAt = at;
    }

    public Long getId() { return id; }
    public Goal getGoal() { return goal; }
    public ReportingPeriod getPeriod() { return period; }
    public String getRating() { return rating; }
    public String getJustification() { return justification; }
    public RatingProposal getProposal() { return proposal; }
    public String getProposedRating() { return proposedRating; }
    public boolean isDeviates() { return deviates; }
    public String getAssessedBy() { return assessedBy; }
    public OffsetDateTime getAssessedAt() { return assessedAt; }
    public long getVersion() { return version; }
}
