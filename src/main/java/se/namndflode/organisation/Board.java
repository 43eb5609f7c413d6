package se.namndflode.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/**
 * A decision-making body: the council (KF), the executive board (KS) or a board (nämnd). The council and the
 * executive board are boards of their own kind, since they meet, decide and keep minutes alike.
 */
@Entity
public class Board {

    public static final int DEFAULT_KALLELSE_REMINDER_DAYS = 7;
    public static final String DEFAULT_IMMEDIATE_JUSTERING_WORDING = "Paragrafen justeras omedelbart.";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    private Municipality municipality;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BoardKind kind;

    @Column(nullable = false)
    private String name;

    @ManyToOne
    private Administration administration;

    /** Number of members (ledamöter); quorum is more than half of it. */
    @Column(nullable = false)
    private int memberCount;

    /** Days before a meeting when the secretary is reminded if the kallelse has not been sent (1..60). */
    @Column(nullable = false)
    private int kallelseReminderDays = DEFAULT_KALLELSE_REMINDER_DAYS;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ParagraphNumbering paragraphNumbering = ParagraphNumbering.PER_MEETING;

    /** The last decision point of a paragraph justered at the meeting (the seed has four wordings). */
    @Column(nullable = false)
    private String immediateJusteringWording = DEFAULT_IMMEDIATE_JUSTERING_WORDING;

    @Version
    private long version;

    protected Board() {
    }

    Board(Municipality municipality, BoardKind kind, String name, Administration administration, int memberCount) {
        this.municipality = municipality;
        change(kind, name, administration, memberCount);
    }

    final void change(BoardKind newKind, String newName, Administration newAdministration, int newMemberCount) {
        this.kind = newKind;
        this.name = newName;
        this.administration = newAdministration;
        this.memberCount = newMemberCount;
    }

    final void meetingSettings(int reminderDays, ParagraphNumbering numbering, String immediateWording) {
        this.kallelseReminderDays = reminderDays;
        this.paragraphNumbering = numbering;
        this.immediateJusteringWording = immediateWording;
    }

    public Long getId() { return id; }
    public Municipality getMunicipality() { return municipality; }
    public BoardKind getKind() { return kind; }
    public String getName() { return name; }
    public Administration getAdministration() { return administration; }
    public int getMemberCount() { return memberCount; }
    public int getKallelseReminderDays() { return kallelseReminderDays; }
    public ParagraphNumbering getParagraphNumbering() { return paragraphNumbering; }
    public String getImmediateJusteringWording() { return immediateJusteringWording; }
    public long getVersion() { return version; }
}
