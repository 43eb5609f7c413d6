package se.namndflode.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;

/**
 * An organisation that leads or takes part in assignments, named as the plans name it ("kommunstyrelsen",
 * "AB Svenska Bostäder", "stadsdelsnämnderna"). One of the municipality's boards carries its id. Names are unique
 * per municipality regardless of case and spacing ({@link #keyOf}).
 */
@Entity
@Table(name = "assignment_body")
public class Body {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String municipalityCode;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String nameKey;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BodyKind kind;
    private Long boardId;
    @Version
    private long version;

    protected Body() {
    }

    Body(String municipalityCode, String name, BodyKind kind, Long boardId) {
        this.municipalityCode = municipalityCode;
        this.name = name.trim().replaceAll("\\s+", " ");
        this.nameKey = keyOf(name);
        this.kind = kind;
        this.boardId = boardId;
    }

    /** The name as compared: lower case (Swedish), runs of white space as one space, trimmed. */
    static String keyOf(String name) {
        return name == null ? "" : name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.forLanguageTag("sv-SE"));
    }

    public Long getId() { return id; }
    public String getMunicipalityCode() { return municipalityCode; }
    public String getName() { return name; }
    public String getNameKey() { return nameKey; }
    public BodyKind getKind() { return kind; }
    public Long getBoardId() { return boardId; }
    public long getVersion() { return version; }
}
