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

    public Long getId() { return id; }
    public Municipality getMunicipality() { return municipality; }
    public BoardKind getKind() { return kind; }
    public String getName() { return name; }
    public Administration getAdministration() { return administration; }
    public int getMemberCount() { return memberCount; }
    public long getVersion() { return version; }
}
