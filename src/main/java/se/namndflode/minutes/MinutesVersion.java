package se.namndflode.minutes;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One version of a meeting's minutes and its justering: version 1 is the minutes as drafted, a later one a
 * correction that says what it corrects. Signed by its {@link MinutesSignatory signatories}; locked, with the
 * SHA-256 of its content, when all have signed. Read-only outside the module: changes go through {@link MinutesApproval}.
 */
@Entity
@Table(name = "minutes_version")
public class MinutesVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long meetingId;

    @Column(nullable = false)
    private String municipalityCode;

    @Column(name = "version_number", nullable = false)
    private int number;

    private Integer correctsNumber;

    private String correction;

    /** The paragraphs a correction corrects ("§ 7", "§§ 5, 9"); null when not named. */
    private String correctedParagraphs;

    /** Justered after the last day (14 days after the meeting): a duty missed, flagged, not a bar. */
    private boolean justeredLate;

    private String contentHash;

    private OffsetDateTime lockedAt;

    @Column(nullable = false)
    private OffsetDateTime createdAt;

    @Column(nullable = false)
    private String createdBy;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "minutes_version_id", nullable = false)
    @OrderBy("position ASC")
    private List<MinutesSignatory> signatories = new ArrayList<>();

    @Version
    private long version;

    protected MinutesVersion() {
    }

    MinutesVersion(Long meetingId, String municipalityCode, int number, Integer correctsNumber, String correction,
            OffsetDateTime createdAt, String createdBy) {
        this.meetingId = meetingId;
        this.municipalityCode = municipalityCode;
        this.number = number;
        this.correctsNumber = correctsNumber;
        this.correction = correction;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    void signatories(List<MinutesSignatory> chosen) {
        signatories.clear();
        signatories.addAll(chosen);
    }

    void locked(String hash, OffsetDateTime at, boolean late) {
        this.contentHash = hash;
        this.lockedAt = at;
        this.justeredLate = late;
    }

    void correctedParagraphs(String paragraphs) {
        this.correctedParagraphs = paragraphs;
    }

    /** What this version corrects, as the minutes print it; null for version 1. */
    public MinutesDocument.Correction correctionLine() {
        return correctsNumber == null ? null
                : new MinutesDocument.Correction(number, correctsNumber, correctedParagraphs, correction);
    }

    /** Whether the version is justered: every signatory has signed and its content hash is stored. */
    public boolean isLocked() {
        return lockedAt != null;
    }

    /** Whether anyone has signed it yet (then its signatories are fixed). */
    public boolean isSigningStarted() {
        return signatories.stream().anyMatch(MinutesSignatory::isSigned);
    }

    public Long getId() { return id; }
    public Long getMeetingId() { return meetingId; }
    public String getMunicipalityCode() { return municipalityCode; }
    public int getNumber() { return number; }
    public Integer getCorrectsNumber() { return correctsNumber; }
    public String getCorrection() { return correction; }
    public String getCorrectedParagraphs() { return correctedParagraphs; }
    public boolean isJusteredLate() { return justeredLate; }
    public String getContentHash() { return contentHash; }
    public OffsetDateTime getLockedAt() { return lockedAt; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public List<MinutesSignatory> getSignatories() { return List.copyOf(signatories); }
    public long getVersion() { return version; }
}
