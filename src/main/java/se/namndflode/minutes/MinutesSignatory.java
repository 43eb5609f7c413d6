package se.namndflode.minutes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * Who signs a version of the minutes (the chair or a justerare, primer 3.7) and, once signed, when, with which
 * account, and the SHA-256 of the content they signed.
 */
@Entity
@Table(name = "minutes_signatory")
public class MinutesSignatory {

    /** Ordföranden or a justerare; a person who is both signs once, as the chair. */
    public enum Role {
        CHAIR,
        APPROVER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long personId;

    @Column(nullable = false)
    private String personName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "position_in_list", nullable = false)
    private int position;

    private OffsetDateTime signedAt;

    private String signedBy;

    private String contentHash;

    protected MinutesSignatory() {
    }

    MinutesSignatory(Long personId, String personName, Role role, int position) {
        this.personId = personId;
        this.personName = personName;
        this.role = role;
        this.position = position;
    }

    void signed(OffsetDateTime at, String account, String hash) {
        this.signedAt = at;
        this.signedBy = account;
        this.contentHash = hash;
    }

    public boolean isSigned() {
        return signedAt != null;
    }

    public Long getId() { return id; }
    public Long getPersonId() { return personId; }
    public String getPersonName() { return personName; }
    public Role getRole() { return role; }
    public int getPosition() { return position; }
    public OffsetDateTime getSignedAt() { return signedAt; }
    public String getSignedBy() { return signedBy; }
    public String getContentHash() { return contentHash; }
}
