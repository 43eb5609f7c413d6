package se.namndflode.goal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * A board's follow-up report (tertialrapport, verksamhetsberättelse) of one reporting period of a plan year,
 * linked to the board matter that decides it; one per municipality, board, plan year and period. Once the board's
 * decision on that matter stands ({@code approvedOn}), that board's outcomes and assessments of the period are
 * locked (the other boards' are not): a correction is a new, separately decided act. A report from before reports
 * were per board and never linked to a matter has no board ({@code boardId} null) and concerns the goals of no
 * board's plan.
 */
@Entity
public class FollowUpReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String municipalityCode;
    /** The board whose report it is (an id of the organisation module). */
    private Long boardId;
    private int planYear;
    @ManyToOne(optional = false)
    private ReportingPeriod period;
    private Long matterId;
    private LocalDate approvedOn;
    @Version
    private long version;

    protected FollowUpReport() {
    }

    FollowUpReport(String municipalityCode, Long boardId, int planYear, ReportingPeriod period) {
        this.municipalityCode = municipalityCode;
        this.boardId = boardId;
        this.planYear = planYear;
        this.period = period;
    }

    void linkTo(Long newMatterId) {
        this.matterId = newMatterId;
    }

    void approve(LocalDate day) {
        this.approvedOn = day;
    }

    public boolean isApproved() {
        return approvedOn != null;
    }

    public Long getId() { return id; }
    public String getMunicipalityCode() { return municipalityCode; }
    public Long getBoardId() { return boardId; }
    public int getPlanYear() { return planYear; }
    public ReportingPeriod getPeriod() { return period; }
    public Long getMatterId() { return matterId; }
    public LocalDate getApprovedOn() { return approvedOn; }
    public long getVersion() { return version; }
}
