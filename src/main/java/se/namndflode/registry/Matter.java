package se.namndflode.registry;

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
import java.time.OffsetDateTime;
import se.namndflode.organisation.Board;
import se.namndflode.organisation.Municipality;
import se.namndflode.shared.security.CurrentUser;

/**
 * A board matter (ärende) with its diarienummer. Read-only outside the registry: changes go through
 * {@link Registry}.
 */
@Entity
public class Matter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    private Municipality municipality;

    @ManyToOne(optional = false)
    private Board board;

    @Column(name = "registry_prefix", nullable = false)
    private String prefix;

    @Column(name = "registry_year", nullable = false)
    private int year;

    @Column(nullable = false)
    private int serial;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MatterKind kind;

    @Column(nullable = false)
    private String title;

    /**
     * What the register shows instead of the title to those not entitled to a confidential matter (offentlig
     * rubrik); null for a matter that is not confidential, or when "Sekretessbelagt ärende" is to be shown.
     */
    private String publicTitle;

    private String sender;

    private String senderReference;

    private LocalDate answerDue;

    private boolean confidential;

    private String confidentialityGround;

    /** The user account of the case officer (handläggare), if one is assigned. */
    private Long caseOfficerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MatterStatus status = MatterStatus.OPEN;

    @Column(nullable = false)
    private OffsetDateTime registeredAt;

    @Column(nullable = false)
    private String registeredBy;

    @Version
    private long version;

    protected Matter() {
    }

    Matter(Board board, RegistryNumber number, MatterKind kind, String title, String publicTitle, String sender,
            String senderReference, LocalDate answerDue, boolean confidential, String confidentialityGround,
            Long caseOfficerId, OffsetDateTime registeredAt, String registeredBy) {
        this.municipality = board.getMunicipality();
        this.board = board;
        this.prefix = number.prefix();
        this.year = number.year();
        this.serial = number.serial();
        this.kind = kind;
        this.title = title;
        this.publicTitle = confidential ? publicTitle : null;
        this.sender = sender;
        this.senderReference = senderReference;
        this.answerDue = answerDue;
        this.confidential = confidential;
        this.confidentialityGround = confidentialityGround;
        this.caseOfficerId = caseOfficerId;
        this.registeredAt = registeredAt;
        this.registeredBy = registeredBy;
    }

    void assignCaseOfficer(Long accountId) {
        this.caseOfficerId = accountId;
    }

    void changeStatus(MatterStatus newStatus) {
        this.status = newStatus;
    }

    public RegistryNumber getRegistryNumber() {
        return new RegistryNumber(prefix, year, serial);
    }

    /**
     * The matter's address in page and API URLs, as the signed-in user uses it: {@code SOF-2026-12}; for a user
     * of several municipalities, which may have the same number, qualified by the municipality:
     * {@code sjostad:SOF-2026-12} (see {@link Registry#matterAt(String)}).
     */
    public String getUrlNumber() {
        return CurrentUser.municipalityCodes().size() > 1 ? MatterAddress.qualified(this)
                : getRegistryNumber().toUrl();
    }

    public Long getId() { return id; }
    public Municipality getMunicipality() { return municipality; }
    public Board getBoard() { return board; }
    public MatterKind getKind() { return kind; }
    public String getTitle() { return title; }
    public String getPublicTitle() { return publicTitle; }
    public String getSender() { return sender; }
    public String getSenderReference() { return senderReference; }
    public LocalDate getAnswerDue() { return answerDue; }
    public boolean isConfidential() { return confidential; }
    public String getConfidentialityGround() { return confidentialityGround; }
    public Long getCaseOfficerId() { return caseOfficerId; }
    public MatterStatus getStatus() { return status; }
    public OffsetDateTime getRegisteredAt() { return registeredAt; }
    public String getRegisteredBy() { return registeredBy; }
    public long getVersion() { return version; }
}
