package se.namndflode.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A status report of an assignment per a day: enligt plan, avvikelse (with its explanation) or klar. An overdue
 * assignment gets an automatic deviation ({@code automatic}) without explanation, which the responsible person
 * adds ({@link #explain}). Reports are never changed otherwise.
 */
@Entity
@Table(name = "assignment_status_report")
public class StatusReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    private Assignment assignment;
    @Column(nullable = false)
    private LocalDate asOf;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    private String text;
    private boolean automatic;
    @Column(nullable = false)
    private String reportedBy;
    @Column(nullable = false)
    private OffsetDateTime reportedAt;
    private String explainedBy;
    private OffsetDateTime explainedAt;

    protected StatusReport() {
    }

    StatusReport(Assignment assignment, LocalDate asOf, Status status, String text, boolean automatic,
            String reportedBy, OffsetDateTime reportedAt) {
        this.assignment = assignment;
        this.asOf = asOf;
        this.status = status;
        this.text = text;
        this.automatic = automatic;
        this.reportedBy = reportedBy;
        this.reportedAt = reportedAt;
    }

    void explain(String explanation, String by, OffsetDateTime at) {
        this.text = explanation;
        this.explainedBy = by;
        this.explainedAt = at;
    }

    /** An automatic deviation still waiting for the responsible person's explanation. */
    public boolean isUnexplained() {
        return status == Status.DEVIATION && text == null;
    }

    public Long getId() { return id; }
    public Assignment getAssignment() { return assignment; }
    public LocalDate getAsOf() { return asOf; }
    public Status getStatus() { return status; }
    public String getText() { return text; }
    public boolean isAutomatic() { return automatic; }
    public String getReportedBy() { return reportedBy; }
    public OffsetDateTime getReportedAt() { return reportedAt; }
    public String getExplainedBy() { return explainedBy; }
    public OffsetDateTime getExplainedAt() { return explainedAt; }
}
