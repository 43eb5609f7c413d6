package se.namndflode.minutes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * Justered minutes as they were signed (docs/decisions.md, "Justered minutes are snapshots"): for a locked version,
 * or for a paragraph justered at the meeting, one row per {@link Audience} with the rendered model (JSON) and the
 * XHTML printed from it, each with its SHA-256. Written once, never changed; read through {@link MinutesSnapshots},
 * which checks both hashes on every read.
 */
@Entity
@Table(name = "minutes_snapshot")
class MinutesSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long meetingId;

    @Column(nullable = false)
    private String municipalityCode;

    private Long minutesVersionId;

    private Long paragraphId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Audience audience;

    @Column(nullable = false)
    private byte[] documentJson;

    @Column(name = "document_sha256", nullable = false)
    private String documentSha256;

    @Column(nullable = false)
    private byte[] html;

    @Column(name = "html_sha256", nullable = false)
    private String htmlSha256;

    @Column(nullable = false)
    private OffsetDateTime createdAt;

    protected MinutesSnapshot() {
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    MinutesSnapshot(Long meetingId, String municipalityCode, Long minutesVersionId, Long paragraphId,
            Audience audience, byte[] documentJson, String documentSha256, byte[] html, String htmlSha256,
            OffsetDateTime createdAt) {
        this.meetingId = meetingId;
        this.municipalityCode = municipalityCode;
        this.minutesVersionId = minutesVersionId;
        this.paragraphId = paragraphId;
        this.audience = audience;
        this.documentJson = documentJson;
        this.documentSha256 = documentSha256;
        this.html = html;
        this.htmlSha256 = htmlSha256;
        this.createdAt = createdAt;
    }

    Long getId() { return id; }
    Long getMeetingId() { return meetingId; }
    String getMunicipalityCode() { return municipalityCode; }
    Long getMinutesVersionId() { return minutesVersionId; }
    Long getParagraphId() { return paragraphId; }
    Audience getAudience() { return audience; }
    byte[] getDocumentJson() { return documentJson; }
    String getDocumentSha256() { return documentSha256; }
    byte[] getHtml() { return html; }
    String getHtmlSha256() { return htmlSha256; }
    OffsetDateTime getCreatedAt() { return createdAt; }
}
