package se.namndflode.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;

/** An account explicitly given access to a confidential matter. */
@Entity
class MatterAccess {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long matterId;

    @Column(nullable = false)
    private Long accountId;

    @Column(nullable = false)
    private OffsetDateTime grantedAt;

    @Column(nullable = false)
    private String grantedBy;

    protected MatterAccess() {
    }

    MatterAccess(Long matterId, Long accountId, OffsetDateTime grantedAt, String grantedBy) {
        this.matterId = matterId;
        this.accountId = accountId;
        this.grantedAt = grantedAt;
        this.grantedBy = grantedBy;
    }

    Long getAccountId() { return accountId; }
    OffsetDateTime getGrantedAt() { return grantedAt; }
    String getGrantedBy() { return grantedBy; }
}
