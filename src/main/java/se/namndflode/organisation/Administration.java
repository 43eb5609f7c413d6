package se.namndflode.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/** A förvaltning: the staff organisation serving one or more boards, with its registry series prefix (SOF). */
@Entity
public class Administration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    private Municipality municipality;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String registryPrefix;

    @Version
    private long version;

    protected Administration() {
    }

    Administration(Municipality municipality, String name, String registryPrefix) {
        this.municipality = municipality;
        this.name = name;
        this.registryPrefix = registryPrefix;
    }

    void change(String newName, String newPrefix) {
        this.name = newName;
        this.registryPrefix = newPrefix;
    }

    public Long getId() { return id; }
    public Municipality getMunicipality() { return municipality; }
    public String getName() { return name; }
    public String getRegistryPrefix() { return registryPrefix; }
    public long getVersion() { return version; }
}
