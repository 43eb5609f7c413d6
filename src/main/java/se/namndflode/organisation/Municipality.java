package se.namndflode.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A municipality: a tenant of the system. Its code is the Camunda tenant id ({@code stockholm}). */
@Entity
public class Municipality {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    @Version
    private long version;

    protected Municipality() {
    }

    Municipality(String code, String name) {
        this.code = code;
        this.name = name;
    }

    void rename(String newName) {
        this.name = newName;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public long getVersion() { return version; }
}
