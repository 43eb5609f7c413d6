package se.namndflode.matter;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The tjänsteutlåtande of one matter. Every save adds a version; the latest is the current text. Once
 * approved for the board it is frozen: no version can be added.
 */
@Entity
public class StaffReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private Long matterId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StaffReportStatus status = StaffReportStatus.DRAFT;

    /** Number of the latest version; changing it also moves {@link #version}, so concurrent saves collide. */
    private int latestNumber;

    private OffsetDateTime approvedAt;

    private String approvedBy;

    /** The number of the version last approved for the board; kept when an återremiss opens a new draft. */
    private Integer approvedNumber;

    /** Who sent the report back last, and why: shown to the case officer until the report is submitted again. */
    @Enumerated(EnumType.STRING)
    private ReturnedFrom returnedFrom;

    private String returnComment;

    private String returnedBy;

    private OffsetDateTime returnedAt;

    @OneToMany(mappedBy = "staffReport", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("number asc")
    private List<StaffReportVersion> versions = new ArrayList<>();

    @Version
    private long version;

    protected StaffReport() {
    }

    StaffReport(Long matterId) {
        this.matterId = matterId;
    }

    StaffReportVersion addVersion(StaffReportVersion.Content content, OffsetDateTime at, String by) {
        latestNumber = versions.size() + 1;
        StaffReportVersion added = new StaffReportVersion(this, latestNumber, content, at, by);
        versions.add(added);
        return added;
    }

    void submit() { status = StaffReportStatus.SUBMITTED; }

    void returnToDraft(ReturnedFrom from, String comment, OffsetDateTime at, String by) {
        status = StaffReportStatus.DRAFT;
        returnedFrom = from;
        returnComment = comment;
        returnedAt = at;
        returnedBy = by;
    }

    void approve(OffsetDateTime at, String by) {
        status = StaffReportStatus.APPROVED;
        approvedAt = at;
        approvedBy = by;
        approvedNumber = getCurrent().getNumber();
    }

    /**
     * Återremiss: the board sent the matter back. The approved version stays as it was (it is registered and
     * was before the board); a copy of it becomes the new current draft for the case officer to revise.
     */
    StaffReportVersion reopenAfterReferral(String reason, OffsetDateTime at, String by) {
        StaffReportVersion approved = getCurrent();
        returnToDraft(ReturnedFrom.BOARD, reason, at, by);
        return addVersion(approved.content(), at, by);
    }

    /** Where a report that went back to the case officer came from. */
    public enum ReturnedFrom {
        /** The manager's review (granskning). */
        REVIEW,
        /** The director's approval for the board. */
        APPROVAL,
        /** The board's återremiss. */
        BOARD;

        public String messageKey() {
            return "staffReport.returnedFrom." + name();
        }
    }

    public boolean isFrozen() {
        return status == StaffReportStatus.APPROVED;
    }

    /** The latest version, or null before the first save. */
    public StaffReportVersion getCurrent() {
        return versions.isEmpty() ? null : versions.get(versions.size() - 1);
    }

    public Long getId() { return id; }
    public Long getMatterId() { return matterId; }
    public StaffReportStatus getStatus() { return status; }
    public OffsetDateTime getApprovedAt() { return approvedAt; }
    public String getApprovedBy() { return approvedBy; }
    public Integer getApprovedNumber() { return approvedNumber; }
    public ReturnedFrom getReturnedFrom() { return returnedFrom; }
    public String getReturnComment() { return returnComment; }
    public String getReturnedBy() { return returnedBy; }
    public OffsetDateTime getReturnedAt() { return returnedAt; }

    /** Whether the case officer has a return comment or återremiss reason to act on (a draft that came back). */
    public boolean isReturned() {
        return status == StaffReportStatus.DRAFT && returnedFrom != null;
    }

    public List<StaffReportVersion> getVersions() { return List.copyOf(versions); }
    public long getVersion() { return version; }
}
