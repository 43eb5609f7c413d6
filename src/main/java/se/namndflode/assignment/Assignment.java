package se.namndflode.assignment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import se.namndflode.organisation.Board;

/**
 * An assignment (uppdrag) of a board: where it comes from ({@link Source}, the year of the budget or plan, or the
 * board decision's matter and paragraph), its exact text, who leads it ({@code lead}; null: the board itself) and
 * its partners with their relation, its start and end dates, the goal it belongs to (an id of the goal module),
 * its responsible person (a user name; null until appointed) and how it is reported. Read-only outside the module:
 * changes go through {@link Assignments}, which checks them ({@link #change}).
 */
@Entity
public class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String municipalityCode;
    /** What people call it: "VP2026-K01", "SOF 2026/14:1"; unique within the municipality. */
    @Column(nullable = false)
    private String reference;
    @ManyToOne(optional = false)
    private Board board;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Source source;
    private Integer sourceYear;
    private Long sourceMatterId;
    private String sourceRegistryNumber;
    private Long sourceParagraphId;
    @Column(nullable = false)
    private String text;
    @ManyToOne
    @JoinColumn(name = "lead_body_id")
    private Body lead;
    // Few per assignment and shown wherever the assignment is: read with it, in batches for lists.
    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.BatchSize(size = 50)
    @CollectionTable(name = "assignment_partner", joinColumns = @JoinColumn(name = "assignment_id"))
    @OrderColumn(name = "position")
    private List<Partner> partners = new ArrayList<>();
    @Column(nullable = false)
    private LocalDate startDate;
    @Column(nullable = false)
    private LocalDate endDate;
    private Long goalId;
    private String responsible;
    private String responsibleName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Reporting reporting;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Phase phase = Phase.IN_PROGRESS;
    @Enumerated(EnumType.STRING)
    private Status latestStatus;
    private LocalDate latestStatusOn;
    private LocalDate nextReportOn;
    private OffsetDateTime remindedAt;
    private LocalDate overdueSince;
    private Long reportMatterId;
    private String reportRegistryNumber;
    private String reportedIn;
    private LocalDate completedOn;
    private String processInstanceId;
    @Column(nullable = false)
    private OffsetDateTime createdAt;
    @Column(nullable = false)
    private String createdBy;
    @Version
    private long version;

    protected Assignment() {
    }

    Assignment(String municipalityCode, Board board, String reference, OffsetDateTime createdAt, String createdBy) {
        this.municipalityCode = municipalityCode;
        this.board = board;
        this.reference = reference;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** Sets what the assignment says; the caller ({@link AssignmentRules}) has checked it. */
    void change(Source newSource, Integer year, Long matterId, String registryNumber, Long paragraphId,
            String newText, Body newLead, List<Partner> newPartners, LocalDate start, LocalDate end, Long goal,
            Reporting newReporting) {
        this.source = newSource;
        this.sourceYear = year;
        this.sourceMatterId = matterId;
        this.sourceRegistryNumber = registryNumber;
        this.sourceParagraphId = paragraphId;
        this.text = newText;
        this.lead = newLead;
        this.partners.clear();
        this.partners.addAll(newPartners);
        this.startDate = start;
        this.endDate = end;
        this.goalId = goal;
        this.reporting = newReporting;
    }

    void responsible(String username, String displayName) {
        this.responsible = username;
        this.responsibleName = displayName;
    }

    void endDate(LocalDate end) {
        this.endDate = end;
    }

    void started(String instanceId) {
        this.processInstanceId = instanceId;
        this.phase = responsible == null ? Phase.AWAITING_RESPONSIBLE : Phase.IN_PROGRESS;
    }

    void appointed() {
        if (phase == Phase.AWAITING_RESPONSIBLE) {
            this.phase = Phase.IN_PROGRESS;
        }
    }

    void statusReported(Status status, LocalDate asOf) {
        this.latestStatus = status;
        this.latestStatusOn = asOf;
    }

    void nextReportOn(LocalDate day) {
        this.nextReportOn = day;
    }

    void reminded(OffsetDateTime at) {
        this.remindedAt = at;
    }

    void overdueSince(LocalDate day) {
        this.overdueSince = day;
    }

    void extended(LocalDate newEnd) {
        this.endDate = newEnd;
        this.overdueSince = null;
        this.remindedAt = null;
    }

    /** Reported klar: being reported as a board matter, or (null) straight to the follow-up report. */
    void done() {
        this.nextReportOn = null;
    }

    void reportedAsMatter(Long matterId, String registryNumber) {
        this.phase = Phase.REPORTING;
        this.reportMatterId = matterId;
        this.reportRegistryNumber = registryNumber;
    }

    void completed(LocalDate on, String in) {
        this.phase = Phase.COMPLETED;
        this.completedOn = on;
        this.reportedIn = in;
        this.nextReportOn = null;
    }

    /** Whether the assignment has passed its end date undone (and was not extended since). */
    public boolean isOverdue() {
        return overdueSince != null && phase != Phase.COMPLETED;
    }

    /** Off plan now: its latest status is a deviation, or it is overdue (a deviation whether anyone wrote it or not). */
    public boolean isDeviating() {
        return phase != Phase.COMPLETED && (latestStatus == Status.DEVIATION || overdueSince != null);
    }

    /** Who leads it, as people say it: the lead organisation's name, or the board's own. */
    public String getLeadName() {
        return lead == null ? board.getName() : lead.getName();
    }

    public Long getId() { return id; }
    public String getMunicipalityCode() { return municipalityCode; }
    public String getReference() { return reference; }
    public Board getBoard() { return board; }
    public Source getSource() { return source; }
    public Integer getSourceYear() { return sourceYear; }
    public Long getSourceMatterId() { return sourceMatterId; }
    public String getSourceRegistryNumber() { return sourceRegistryNumber; }
    public Long getSourceParagraphId() { return sourceParagraphId; }
    public String getText() { return text; }
    public Body getLead() { return lead; }
    public List<Partner> getPartners() { return List.copyOf(partners); }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getEndDate() { return endDate; }
    public Long getGoalId() { return goalId; }
    public String getResponsible() { return responsible; }
    public String getResponsibleName() { return responsibleName; }
    public Reporting getReporting() { return reporting; }
    public Phase getPhase() { return phase; }
    public Status getLatestStatus() { return latestStatus; }
    public LocalDate getLatestStatusOn() { return latestStatusOn; }
    public LocalDate getNextReportOn() { return nextReportOn; }
    public OffsetDateTime getRemindedAt() { return remindedAt; }
    public LocalDate getOverdueSince() { return overdueSince; }
    public Long getReportMatterId() { return reportMatterId; }
    public String getReportRegistryNumber() { return reportRegistryNumber; }
    public String getReportedIn() { return reportedIn; }
    public LocalDate getCompletedOn() { return completedOn; }
    public String getProcessInstanceId() { return processInstanceId; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public long getVersion() { return version; }
}
