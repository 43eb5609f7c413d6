package se.namndflode.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * Failed sign-ins of one account from one client address (ASVS V2.2.1: anti-automation without letting anyone
 * lock another out): after the configured number of failures in a row that address is refused for that account
 * until {@code lockedUntil}; the account stays open from every other address.
 */
@Entity
class LoginThrottle {

    /** The account's user name (lower case) and the client's address. */
    @Embeddable
    record Key(@Column(name = "username") String username, @Column(name = "source") String source)
            implements Serializable {
    }

    @EmbeddedId
    private Key key;

    private int failures;

    private OffsetDateTime lockedUntil;

    private OffsetDateTime lastFailure;

    @Version
    private long version;

    protected LoginThrottle() {
    }

    LoginThrottle(Key key, OffsetDateTime firstFailure) {
        this.key = key;
        this.lastFailure = firstFailure;
    }

    /** Counts a failure; returns whether this one locked the address out. */
    boolean failed(OffsetDateTime now, int maxFailures, OffsetDateTime lockUntil) {
        lastFailure = now;
        failures++;
        if (failures >= maxFailures) {
            failures = 0;
            lockedUntil = lockUntil;
            return true;
        }
        return false;
    }

    boolean isLockedAt(OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    OffsetDateTime getLockedUntil() { return lockedUntil; }
}
