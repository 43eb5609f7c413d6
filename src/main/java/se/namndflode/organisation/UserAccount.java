package se.namndflode.organisation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import se.namndflode.shared.security.Role;

/** A login: a staff member or a politician (linked to their person), with roles and municipalities. */
@Entity
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    /** Encoded with the application's password encoder ({bcrypt}...); the clear password is never kept. */
    @Column(nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private String displayName;

    private String email;

    @ManyToOne(fetch = FetchType.LAZY)
    private Person person;

    private boolean enabled = true;

    /** The latest lock-out of one client address from this account, shown to administrators. */
    private OffsetDateTime lockedUntil;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "user_account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "user_account_municipality", joinColumns = @JoinColumn(name = "user_account_id"),
            inverseJoinColumns = @JoinColumn(name = "municipality_id"))
    private Set<Municipality> municipalities = new LinkedHashSet<>();

    @Version
    private long version;

    protected UserAccount() {
    }

    UserAccount(String username, String passwordHash) {
        this.username = username;
        this.passwordHash = passwordHash;
    }

    void change(String newDisplayName, String newEmail, Person newPerson, boolean nowEnabled, Set<Role> newRoles,
            Set<Municipality> newMunicipalities) {
        this.displayName = newDisplayName;
        this.email = newEmail;
        this.person = newPerson;
        this.enabled = nowEnabled;
        this.roles.clear();
        this.roles.addAll(newRoles);
        this.municipalities.clear();
        this.municipalities.addAll(newMunicipalities);
    }

    void addMunicipality(Municipality municipality) {
        municipalities.add(municipality);
    }

    void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
        this.lockedUntil = null;
    }

    /** The latest lock-out of an address from this account (see {@code LoginThrottle}), for administrators. */
    void lockedOutSomewhereUntil(OffsetDateTime until) {
        if (lockedUntil == null || until.isAfter(lockedUntil)) {
            lockedUntil = until;
        }
    }

    public boolean isLockedAt(OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    String getPasswordHash() { return passwordHash; }
    public String getDisplayName() { return displayName; }
    public String getEmail() { return email; }
    public Person getPerson() { return person; }
    public boolean isEnabled() { return enabled; }
    public OffsetDateTime getLockedUntil() { return lockedUntil; }
    public Set<Role> getRoles() { return Set.copyOf(roles); }
    public Set<Municipality> getMunicipalities() { return Set.copyOf(municipalities); }
    public long getVersion() { return version; }
}
