package se.namndflode.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * How a partner takes part in an assignment, as data of the municipality: code {@code i_samrad_med}, name "i
 * samråd med" (the words of the plan: "Socialnämnden ska i samråd med utbildningsnämnden ...").
 */
@Entity
@Table(name = "assignment_relation_type")
public class RelationType {

    /** The relations of Stockholm's plans, given to every municipality when it is created (code, name). */
    static final String[][] STANDARD = {
        {"i_samarbete_med", "i samarbete med"},
        {"i_samrad_med", "i samråd med"},
        {"i_samverkan_med", "i samverkan med"},
        {"ge_stod_till", "ge stöd till"},
        {"tillsammans_med", "tillsammans med"},
        {"gemensamt_ansvar_med", "gemensamt ansvarig med"},
    };

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String municipalityCode;
    @Column(nullable = false)
    private String code;
    @Column(nullable = false)
    private String name;
    @Version
    private long version;

    protected RelationType() {
    }

    RelationType(String municipalityCode, String code, String name) {
        this.municipalityCode = municipalityCode;
        this.code = code;
        this.name = name;
    }

    void rename(String newName) {
        this.name = newName;
    }

    public Long getId() { return id; }
    public String getMunicipalityCode() { return municipalityCode; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public long getVersion() { return version; }
}
