package se.namndflode.shared.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One state-changing action: who did what to which entity, and when. Never updated or deleted. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private OffsetDateTime occurredAt;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String action;

    @Column(nullable = false)
    private String entityType;

    private String entityId;

    private String municipalityCode;

    @Column(nullable = false)
    private String summary;

    private String details;

    protected AuditEvent() {
    }

    AuditEvent(OffsetDateTime occurredAt, String actor, String action, String entityType, String entityId,
            String municipalityCode, String summary, String details) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.municipalityCode = municipalityCode;
        this.summary = truncate(summary, 1000);
        this.details = truncate(details, 4000);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Long getId() { return id; }
    public OffsetDateTime getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public String getAction() { return action; }
    public String getEntityType() { return entityType; }
    public String getEntityId() { return entityId; }
    public String getMunicipalityCode() { return municipalityCode; }
    public String getSummary() { return summary; }
    public String getDetails() { return details; }
}
