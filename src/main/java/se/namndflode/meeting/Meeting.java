package se.namndflode.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import se.namndflode.organisation.Board;

/**
 * A meeting (sammanträde) of a board on a day, at a time and place. Read-only outside the module: changes go
 * through {@link Meetings}. Day and time are Europe/Stockholm.
 */
@Entity
public class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The board's municipality (the Camunda tenant of the meeting's process). */
    @Column(nullable = false)
    private String municipalityCode;

    @ManyToOne(optional = false)
    private Board board;

    @Column(name = "meeting_day", nullable = false)
    private LocalDate day;

    @Column(nullable = false)
    private LocalTime startsAt;

    @Column(nullable = false)
    private String place;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeetingStatus status = MeetingStatus.PLANNED;

    private OffsetDateTime openedAt;

    private OffsetDateTime closedAt;

    /** Who kept the minutes (the secretary who closed the meeting), as the minutes' signature block names them. */
    private String secretaryName;

    /** The time set for justering (primer 3.7): written reservations are accepted until it. */
    private OffsetDateTime justeringAt;

    private String justeringPlace;

    private String processInstanceId;

    /** When the process reminded the secretary that the kallelse had not been sent. */
    private OffsetDateTime kallelseRemindedAt;

    /** When the process reminded the secretary and the justerare that the minutes were not yet justered. */
    private OffsetDateTime justeringRemindedAt;

    /** When the process reminded the secretary that the justering was not yet posted on the anslagstavla. */
    private OffsetDateTime noticeRemindedAt;

    /** Bumped on every change a live view must show; members' screens poll it. */
    private long liveRevision;

    @Version
    private long version;

    protected Meeting() {
    }

    Meeting(Board board, LocalDate day, LocalTime startsAt, String place) {
        this.board = board;
        this.municipalityCode = board.getMunicipality().getCode();
        this.day = day;
        this.startsAt = startsAt;
        this.place = place;
    }

    void startedAs(String instanceId) { this.processInstanceId = instanceId; }
    void status(MeetingStatus newStatus) { this.status = newStatus; }
    void opened(OffsetDateTime at) {
        this.status = MeetingStatus.OPEN;
        this.openedAt = at;
    }
    void closed(OffsetDateTime at, String keptBy) {
        this.status = MeetingStatus.CLOSED;
        this.closedAt = at;
        this.secretaryName = keptBy;
    }
    void justering(OffsetDateTime at, String atPlace) {
        this.justeringAt = at;
        this.justeringPlace = atPlace;
    }
    void touched() { this.liveRevision++; }
    void kallelseReminded(OffsetDateTime at) { this.kallelseRemindedAt = at; }
    void justeringReminded(OffsetDateTime at) { this.justeringRemindedAt = at; }
    void noticeReminded(OffsetDateTime at) { this.noticeRemindedAt = at; }

    /** Whether the meeting is in session (paragraphs can be handled). */
    public boolean isOpen() {
        return status == MeetingStatus.OPEN;
    }

    /** Whether the agenda can still change (matters placed, items added, reordered). */
    public boolean isAgendaEditable() {
        return status == MeetingStatus.PLANNED;
    }

    public Long getId() { return id; }
    public String getMunicipalityCode() { return municipalityCode; }
    public Board getBoard() { return board; }
    public LocalDate getDay() { return day; }
    public LocalTime getStartsAt() { return startsAt; }
    public String getPlace() { return place; }
    public MeetingStatus getStatus() { return status; }
    public OffsetDateTime getOpenedAt() { return openedAt; }
    public OffsetDateTime getClosedAt() { return closedAt; }
    public String getSecretaryName() { return secretaryName; }
    public OffsetDateTime getJusteringAt() { return justeringAt; }
    public String getJusteringPlace() { return justeringPlace; }
    public String getProcessInstanceId() { return processInstanceId; }
    public OffsetDateTime getKallelseRemindedAt() { return kallelseRemindedAt; }
    public OffsetDateTime getJusteringRemindedAt() { return justeringRemindedAt; }
    public OffsetDateTime getNoticeRemindedAt() { return noticeRemindedAt; }
    public long getLiveRevision() { return liveRevision; }
    public long getVersion() { return version; }
}
