package se.namndflode.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/** An utskott: part of a board with delegated power. */
@Entity
public class Committee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    private Board board;

    @Column(nullable = false)
    private String name;

    @Version
    private long version;

    protected Committee() {
    }

    Committee(Board board, String name) {
        this.board = board;
        this.name = name;
    }

    void rename(String newName) {
        this.name = newName;
    }

    public Long getId() { return id; }
    public Board getBoard() { return board; }
    public String getName() { return name; }
    public long getVersion() { return version; }
}
