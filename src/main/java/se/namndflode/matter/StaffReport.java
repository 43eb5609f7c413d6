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
    void returnToDraft() { status = StaffReportStatus.DRAFT; }
    void approve(OffsetDateTime at, String by) {
        status = StaffReportStatus.APPROVED;
        approvedAt = at;
        approvedBy = by;
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
    public List<StaffReportVersion> getVersions() { return List.copyOf(versions); }
    public long getVersion() { return version; }
}
