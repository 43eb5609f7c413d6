package se.namndflode.followup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import se.namndflode.organisation.Board;

/**
 * The follow-up of one board's goals for one reporting period ({@code periodCode}: T1, T2, ANNUAL) of a plan year:
 * unique per board and period. Its process carries only its id; the state here mirrors where the process waits,
 * and what the steps found (the assignments' counts, the report's title, the board matter).
 */
@Entity
@Table(name = "follow_up")
public class FollowUp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String municipalityCode;
    @ManyToOne(optional = false)
    private Board board;
    private int planYear;
    @Column(nullable = false)
    private String periodCode;
    @Column(nullable = false)
    private LocalDate deadline;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FollowUpState state;
    /** The goal level (depth) whose assessments are open; null before the assessments. */
    private Integer assessingDepth;
    private String processInstanceId;
    @Column(nullable = false)
    private String startedBy;
    @Column(nullable = false)
    private OffsetDateTime startedAt;
    private OffsetDateTime remindedAt;
    private OffsetDateTime escalatedAt;
    private Integer assignmentsTotal;
    private Integer assignmentsDeviating;
    private Integer assignmentsUnreported;
    private String reportTitle;
    private OffsetDateTime compiledAt;
    private Long matterId;
    private String registryNumber;
    private LocalDate endedOn;
    /** The official's Sammanfattande analys for the report, null until written. */
    private String summaryAnalysis;
    @Version
    private long version;

    protected FollowUp() {
    }

    FollowUp(Board board, int planYear, String periodCode, LocalDate deadline, String startedBy,
            OffsetDateTime startedAt) {
        this.municipalityCode = board.getMunicipality().getCode();
        this.board = board;
        this.planYear = planYear;
        this.periodCode = periodCode;
        this.deadline = deadline;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.state = FollowUpState.COLLECTING_OUTCOMES;
    }

    /** The engine's business key: unique within the municipality (the tenant). */
    String businessKey() {
        return "uppfoljning-" + planYear + "-" + periodCode + "-" + board.getId();
    }

    void started(String instanceId) {
        this.processInstanceId = instanceId;
    }

    void reminded(OffsetDateTime at) {
        this.remindedAt = at;
    }

    void escalated(OffsetDateTime at) {
        this.escalatedAt = at;
        this.state = FollowUpState.OUTCOMES_MISSING;
    }

    void assessing(int depth) {
        this.state = FollowUpState.ASSESSING;
        this.assessingDepth = depth;
    }

    void gathered(int total, int deviating, int unreported) {
        this.state = FollowUpState.COMPILING;
        this.assignmentsTotal = total;
        this.assignmentsDeviating = deviating;
        this.assignmentsUnreported = unreported;
    }

    void compiled(String title, OffsetDateTime at) {
        this.reportTitle = title;
        this.compiledAt = at;
    }

    void registered(Long newMatterId, String newRegistryNumber) {
        this.state = FollowUpState.AWAITING_DECISION;
        this.matterId = newMatterId;
        this.registryNumber = newRegistryNumber;
    }

    void ended(FollowUpState how, LocalDate day) {
        this.state = how;
        this.endedOn = day;
    }

    public Long getId() { return id; }
    public String getMunicipalityCode() { return municipalityCode; }
    public Board getBoard() { return board; }
    public int getPlanYear() { return planYear; }
    public String getPeriodCode() { return periodCode; }
    public LocalDate getDeadline() { return deadline; }
    public FollowUpState getState() { return state; }
    public Integer getAssessingDepth() { return assessingDepth; }
    public String getProcessInstanceId() { return processInstanceId; }
    public String getStartedBy() { return startedBy; }
    public OffsetDateTime getStartedAt() { return startedAt; }
    public OffsetDateTime getRemindedAt() { return remindedAt; }
    public OffsetDateTime getEscalatedAt() { return escalatedAt; }
    public Integer getAssignmentsTotal() { return assignmentsTotal; }
    public Integer getAssignmentsDeviating() { return assignmentsDeviating; }
    public Integer getAssignmentsUnreported() { return assignmentsUnreported; }
    public String getReportTitle() { return reportTitle; }
    public OffsetDateTime getCompiledAt() { return compiledAt; }
    public Long getMatterId() { return matterId; }
    public String getRegistryNumber() { return registryNumber; }
    public LocalDate getEndedOn() { return endedOn; }
    public long getVersion() { return version; }
    public String getSummaryAnalysis() { return summaryAnalysis; }

    void writeSummaryAnalysis(String text) {
        this.summaryAnalysis = text;
    }
}
