package se.namndflode.minutes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * The minutes of one meeting in one version: "Protokoll nr {@code number}/{@code year}" of the board, numbered when
 * first drafted ({@link MinutesDocuments#minutes(Long)}). Read-only outside the module.
 */
@Entity
@Table(name = "minutes")
public class Minutes {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long meetingId;

    @Column(nullable = false)
    private String municipalityCode;

    @Column(nullable = false)
    private Long boardId;

    @Column(name = "minutes_year", nullable = false)
    private int year;

    @Column(nullable = false)
    private int number;

    /** 1, and each correction the next (primer 3.7: a correction is a new, separately approved act). */
    @Column(nullable = false)
    private int version;

    @Column(nullable = false)
    private OffsetDateTime createdAt;

    /** Övriga närvarande on the cover, one a line ("Maria Svensson, socialdirektör"); null when none given. */
    private String othersPresent;

    @Version
    @Column(name = "lock_version")
    private long lockVersion;

    protected Minutes() {
    }

    Minutes(Long meetingId, String municipalityCode, Long boardId, int year, int number, int version,
            OffsetDateTime createdAt) {
        this.meetingId = meetingId;
        this.municipalityCode = municipalityCode;
        this.boardId = boardId;
        this.year = year;
        this.number = number;
        this.version = version;
        this.createdAt = createdAt;
    }

    void othersPresent(String text) { this.othersPresent = text; }

    /** "Protokoll nr 12/2023". */
    public String title() {
        return "Protokoll nr " + number + "/" + year;
    }

    public Long getId() { return id; }
    public Long getMeetingId() { return meetingId; }
    public String getMunicipalityCode() { return municipalityCode; }
    public Long getBoardId() { return boardId; }
    public int getYear() { return year; }
    public int getNumber() { return number; }
    public int getVersion() { return version; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
    public String getOthersPresent() { return othersPresent; }
    public long getLockVersion() { return lockVersion; }
}
