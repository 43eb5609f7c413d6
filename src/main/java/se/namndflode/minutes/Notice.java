package se.namndflode.minutes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A notice (anslag) on the digital anslagstavla (KL 8 kap. 12 §): that the minutes of a meeting, or one paragraph
 * justered at the meeting, are justered, where the minutes are kept, the day of posting, the last day to appeal
 * (three weeks from the posting, KL 13 kap. 5 §) and the day it comes down (the day after). Public: it carries only
 * what the law asks to be published. Never changed once posted.
 */
@Entity
@Table(name = "notice")
public class Notice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String municipalityCode;
    @Column(nullable = false)
    private String municipalityName;
    @Column(nullable = false)
    private Long boardId;
    @Column(nullable = false)
    private String boardName;
    @Column(nullable = false)
    private Long meetingId;
    @Column(nullable = false)
    private LocalDate meetingDay;
    private Long minutesVersionId;
    private Long paragraphId;
    /** "§ 12" for a paragraph justered at the meeting; null for the whole minutes. */
    private String paragraphs;
    @Column(nullable = false)
    private String minutesTitle;
    @Column(nullable = false)
    private String keptAt;
    @Column(nullable = false)
    private LocalDate postedOn;
    @Column(nullable = false)
    private LocalDate appealEndsOn;
    @Column(nullable = false)
    private LocalDate comesDownOn;
    @Column(nullable = false)
    private OffsetDateTime postedAt;
    @Column(nullable = false)
    private String postedBy;
    /** The minutes were justered after the 14th day (KL 5 kap. 69 §): said on the notice. */
    private boolean justeredLate;

    protected Notice() {
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    Notice(String municipalityCode, String municipalityName, Long boardId, String boardName, Long meetingId,
            LocalDate meetingDay, Long minutesVersionId, Long paragraphId, String paragraphs, String minutesTitle,
            String keptAt, LocalDate postedOn, LocalDate appealEndsOn, OffsetDateTime postedAt, String postedBy) {
        this.municipalityCode = municipalityCode;
        this.municipalityName = municipalityName;
        this.boardId = boardId;
        this.boardName = boardName;
        this.meetingId = meetingId;
        this.meetingDay = meetingDay;
        this.minutesVersionId = minutesVersionId;
        this.paragraphId = paragraphId;
        this.paragraphs = paragraphs;
        this.minutesTitle = minutesTitle;
        this.keptAt = keptAt;
        this.postedOn = postedOn;
        this.appealEndsOn = appealEndsOn;
        this.comesDownOn = appealEndsOn.plusDays(1);
        this.postedAt = postedAt;
        this.postedBy = postedBy;
    }

    Notice late(boolean late) {
        this.justeredLate = late;
        return this;
    }

    /** Whether the notice is still up on {@code day} (from its posting until the day it comes down). */
    public boolean isUpOn(LocalDate day) {
        return !day.isBefore(postedOn) && day.isBefore(comesDownOn);
    }

    /** Whether it concerns only some paragraphs (justered at the meeting), not the whole minutes. */
    public boolean isPartial() {
        return paragraphs != null;
    }

    public Long getId() { return id; }
    public String getMunicipalityCode() { return municipalityCode; }
    public String getMunicipalityName() { return municipalityName; }
    public Long getBoardId() { return boardId; }
    public String getBoardName() { return boardName; }
    public Long getMeetingId() { return meetingId; }
    public LocalDate getMeetingDay() { return meetingDay; }
    public Long getMinutesVersionId() { return minutesVersionId; }
    public Long getParagraphId() { return paragraphId; }
    public String getParagraphs() { return paragraphs; }
    public String getMinutesTitle() { return minutesTitle; }
    public String getKeptAt() { return keptAt; }
    public LocalDate getPostedOn() { return postedOn; }
    public LocalDate getAppealEndsOn() { return appealEndsOn; }
    public LocalDate getComesDownOn() { return comesDownOn; }
    public OffsetDateTime getPostedAt() { return postedAt; }
    public String getPostedBy() { return postedBy; }
    public boolean isJusteredLate() { return justeredLate; }
}
