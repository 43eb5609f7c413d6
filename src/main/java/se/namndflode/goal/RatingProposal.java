package se.namndflode.goal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.time.OffsetDateTime;

/**
 * What a municipality's decision tables proposed for an indicator or a goal in one reporting period: the rating
 * code (null when the rules cannot propose one — they never invent one), the reason code, the decision's key,
 * version and definition id, the rules that matched, and a Swedish explanation. Proposals are appended; the
 * latest per subject and period (by {@code createdAt}, then key) is the current one, and an assessment keeps the
 * one it was made against.
 *
 * <p>Keys come from a sequence in blocks of {@value RatingProposalKeysMigration#STEP}, so that a run's inserts go
 * to the database in JDBC batches. Each node holds its own block, so keys of different nodes do not follow the
 * order in which proposals were made: the current proposal is found by time, never by the highest key.
 */
@Entity
public class RatingProposal {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = RatingProposalKeysMigration.SEQUENCE)
    @SequenceGenerator(name = RatingProposalKeysMigration.SEQUENCE,
            sequenceName = RatingProposalKeysMigration.SEQUENCE, allocationSize = RatingProposalKeysMigration.STEP)
    private Long id;
    @Column(nullable = false)
    private String municipalityCode;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SubjectType subjectType;
    private long subjectId;
    @ManyToOne(optional = false)
    private ReportingPeriod period;
    private String rating;
    private String reason;
    @Column(nullable = false)
    private String decisionKey;
    private int decisionVersion;
    @Column(nullable = false)
    private String decisionDefinitionId;
    @Column(nullable = false)
    private String matchedRules;
    @Column(nullable = false)
    private String explanation;
    @Column(nullable = false)
    private OffsetDateTime createdAt;

    protected RatingProposal() {
    }

    RatingProposal(String municipalityCode, SubjectType subjectType, long subjectId, ReportingPeriod period,
            String rating, String reason, RatingDecisions.Definition decision, String matchedRules,
            String explanation, OffsetDateTime createdAt) {
        this.municipalityCode = municipalityCode;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.period = period;
        this.rating = rating;
        this.reason = reason;
        this.decisionKey = decision.key();
        this.decisionVersion = decision.version();
        this.decisionDefinitionId = decision.id();
        this.matchedRules = matchedRules;
        this.explanation = explanation;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public String getMunicipalityCode() { return municipalityCode; }
    public SubjectType getSubjectType() { return subjectType; }
    public long getSubjectId() { return subjectId; }
    public ReportingPeriod getPeriod() { return period; }
    public String getRating() { return rating; }
    public String getReason() { return reason; }
    public String getDecisionKey() { return decisionKey; }
    public int getDecisionVersion() { return decisionVersion; }
    public String getDecisionDefinitionId() { return decisionDefinitionId; }
    public String getMatchedRules() { return matchedRules; }
    public String getExplanation() { return explanation; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
}
