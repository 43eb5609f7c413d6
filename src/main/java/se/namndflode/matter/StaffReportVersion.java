package se.namndflode.matter;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** One saved text of a tjänsteutlåtande. Never changed once written. */
@Entity
public class StaffReportVersion {

    /** What a case officer writes, plus the heading taken from the matter. */
    public record Content(String title, String registryNumber, String boardName, String administration,
            String caseOfficerName, LocalDate reportDate, List<String> decisionPoints, String summary,
            String background, String assessment, List<String> attachments) {

        public Content {
            decisionPoints = List.copyOf(decisionPoints);
            attachments = List.copyOf(attachments);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private StaffReport staffReport;

    private int number;
    private String title;
    private String registryNumber;
    private String boardName;
    private String administration;
    private String caseOfficerName;
    private LocalDate reportDate;
    private String summary;
    private String background;
    private String assessment;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_report_decision_point", joinColumns = @JoinColumn(name = "staff_report_version_id"))
    @OrderColumn(name = "ordinal")
    @Column(name = "content")
    private List<String> decisionPoints = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_report_attachment", joinColumns = @JoinColumn(name = "staff_report_version_id"))
    @OrderColumn(name = "ordinal")
    @Column(name = "content")
    private List<String> attachments = new ArrayList<>();

    private OffsetDateTime createdAt;
    private String createdBy;

    protected StaffReportVersion() {
    }

    StaffReportVersion(StaffReport staffReport, int number, Content content, OffsetDateTime createdAt,
            String createdBy) {
        this.staffReport = staffReport;
        this.number = number;
        this.title = content.title();
        this.registryNumber = content.registryNumber();
        this.boardName = content.boardName();
        this.administration = content.administration();
        this.caseOfficerName = content.caseOfficerName();
        this.reportDate = content.reportDate();
        this.summary = content.summary();
        this.background = content.background();
        this.assessment = content.assessment();
        this.decisionPoints.addAll(content.decisionPoints());
        this.attachments.addAll(content.attachments());
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** The report this version belongs to (for its approval status). */
    StaffReport report() {
        return staffReport;
    }

    /** Whether this is the version approved for the board (and so the one that was before the board). */
    public boolean isApprovedVersion() {
        return staffReport.getApprovedNumber() != null && staffReport.getApprovedNumber() == number;
    }

    public Content content() {
        return new Content(title, registryNumber, boardName, administration, caseOfficerName, reportDate,
                decisionPoints, summary, background, assessment, attachments);
    }

    public Long getId() { return id; }
    public int getNumber() { return number; }
    public String getTitle() { return title; }
    public String getRegistryNumber() { return registryNumber; }
    public String getBoardName() { return boardName; }
    public String getAdministration() { return administration; }
    public String getCaseOfficerName() { return caseOfficerName; }
    public LocalDate getReportDate() { return reportDate; }
    public String getSummary() { return summary; }
    public String getBackground() { return background; }
    public String getAssessment() { return assessment; }
    public List<String> getDecisionPoints() { return List.copyOf(decisionPoints); }
    public List<String> getAttachments() { return List.copyOf(attachments); }
    public OffsetDateTime getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
}
