package se.namndflode.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An agenda item of a meeting, which becomes a paragraph (§) of its minutes: a standard item, a board matter or
 * a report item. Read-only outside the module: changes go through {@link Meetings}.
 */
@Entity
@Table(name = "meeting_paragraph")
public class Paragraph {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private Meeting meeting;

    /** The agenda order, 1..n. */
    @Column(name = "agenda_position", nullable = false)
    private int position;

    /** The § number, set when the agenda is set (per meeting, or through the year by the board's setting). */
    @Column(name = "paragraph_number")
    private Integer number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ParagraphKind kind;

    /** A standard item that closes the agenda (Anmälningsärenden, Övrigt): matters are placed before it. */
    @Column(name = "closing_item", nullable = false)
    private boolean closing;

    @Column(nullable = false)
    private String title;

    /** What members and the public see: the title, or a neutral one for a confidential matter. */
    @Column(nullable = false)
    private String publicTitle;

    private Long matterId;

    private String registryNumber;

    private boolean confidential;

    /** Myndighetsutövning mot enskild: every serving person who takes part must vote (primer 3.5). */
    private boolean exerciseOfAuthority;

    /** A standing report item of the year: reported again at the next meeting. */
    private boolean reportAgain;

    @Enumerated(EnumType.STRING)
    private ParagraphOutcome outcome;

    /** The decision points as the minutes print them, one per line. */
    private String decisionText;

    private boolean immediatelyJustered;

    /** The board's reason for an återremiss. */
    private String outcomeReason;

    @Version
    private long version;

    protected Paragraph() {
    }

    private Paragraph(Meeting meeting, int position, ParagraphKind kind, String title, String publicTitle) {
        this.meeting = meeting;
        this.position = position;
        this.kind = kind;
        this.title = title;
        this.publicTitle = publicTitle;
    }

    static Paragraph standard(Meeting meeting, int position, String title, boolean closing) {
        Paragraph item = new Paragraph(meeting, position, ParagraphKind.STANDARD, title, title);
        item.closing = closing;
        return item;
    }

    static Paragraph matter(Meeting meeting, int position, ParagraphKind kind, Long matterId, String registryNumber,
            String title, String publicTitle, boolean confidential) {
        Paragraph item = new Paragraph(meeting, position, kind, title, publicTitle);
        item.matterId = matterId;
        item.registryNumber = registryNumber;
        item.confidential = confidential;
        return item;
    }

    void position(int newPosition) { this.position = newPosition; }
    void number(Integer newNumber) { this.number = newNumber; }
    void publicTitle(String text) { this.publicTitle = text; }
    void exerciseOfAuthority(boolean value) { this.exerciseOfAuthority = value; }
    void reportAgain(boolean value) { this.reportAgain = value; }
    void handled(ParagraphOutcome how, String text, boolean immediately, String reason) {
        this.outcome = how;
        this.decisionText = text;
        this.immediatelyJustered = immediately;
        this.outcomeReason = reason;
    }

    /** Whether the board has handled the paragraph (it has an outcome). */
    public boolean isHandled() {
        return outcome != null;
    }

    /** Whether it is a matter of the registry (a board matter or a report item). */
    public boolean isMatter() {
        return matterId != null;
    }

    /** "§ 12", or null before the agenda is set. */
    public String getLabel() {
        return number == null ? null : "§ " + number;
    }

    public Long getId() { return id; }
    public Meeting getMeeting() { return meeting; }
    public int getPosition() { return position; }
    public Integer getNumber() { return number; }
    public ParagraphKind getKind() { return kind; }
    public boolean isClosing() { return closing; }
    public String getTitle() { return title; }
    public String getPublicTitle() { return publicTitle; }
    public Long getMatterId() { return matterId; }
    public String getRegistryNumber() { return registryNumber; }
    public boolean isConfidential() { return confidential; }
    public boolean isExerciseOfAuthority() { return exerciseOfAuthority; }
    public boolean isReportAgain() { return reportAgain; }
    public ParagraphOutcome getOutcome() { return outcome; }
    public String getDecisionText() { return decisionText; }
    public boolean isImmediatelyJustered() { return immediatelyJustered; }
    public String getOutcomeReason() { return outcomeReason; }
    public long getVersion() { return version; }
}
