package se.namndflode.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/** A political party in one municipality, with its short code as printed in minutes ("(S)"). */
@Entity
public class Party {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    private Municipality municipality;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Version
    private long version;

    protected Party() {
    }

    Party(Municipality municipality, String code, String name) {
        this.municipality = municipality;
        change(code, name);
    }

    final void change(String newCode, String newName) {
        this.code = newCode;
        this.name = newName;
    }

    public Long getId() { return id; }
    public Municipality getMunicipality() { return municipality; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public long getVersion() { return version; }
}
