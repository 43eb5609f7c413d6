package se.namndflode.shared.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.namndflode.shared.web.Paging;

/**
 * Records every state change. It joins the caller's transaction, so an action that fails leaves no audit
 * row either, and one that succeeds cannot lose its row.
 */
@Service
public class AuditLog {

    /** The most events one page lists. */
    private static final int MAX_PAGE_SIZE = 200;

    /** Actor name used when no one is signed in (start-up, engine jobs). */
    public static final String SYSTEM = "system";

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param action     what happened, e.g. {@code CREATED}, {@code UPDATED}, {@code LOGIN}
     * @param entityType the kind of thing, e.g. {@code Party}
     * @param entityId   its id (or business key)
     * @param municipalityCode the tenant it belongs to, or null for system-wide things
     * @param summary    one line a person can read
     * @param details    the changes, e.g. {@code name: "A" → "B"}; may be null
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEvent record(String action, String entityType, Object entityId, String municipalityCode,
            String summary, String details) {
        return events.save(new AuditEvent(OffsetDateTime.now(clock), currentActor(), action, entityType,
                entityId == null ? null : entityId.toString(), municipalityCode, summary, details));
    }

    /** For events that stand alone (sign-in, sign-in failure): its own transaction. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordStandalone(String actor, String action, String entityType, Object entityId, String summary) {
        events.save(new AuditEvent(OffsetDateTime.now(clock), actor, action, entityType,
                entityId == null ? null : entityId.toString(), null, summary, null));
    }

    @Transactional(readOnly = true)
    public Page<AuditEvent> search(Collection<String> municipalities, String actor, String entityType, int page,
            int size) {
        return Paging.find(Paging.request(page, size, MAX_PAGE_SIZE, Sort.unsorted()),
                pageable -> events.search(municipalities.isEmpty() ? List.of("") : municipalities,
                        blankToNull(actor), blankToNull(entityType), pageable));
    }

    @Transactional(readOnly = true)
    public long count(String entityType, String action) {
        return events.countByEntityTypeAndAction(entityType, action);
    }

    /**
     * What happened to one entity, oldest first. Several entity types may share the id: a matter's documents
     * are recorded under the matter's id, so {@code history(matterId, "Matter", "Document")} is its whole story.
     */
    @Transactional(readOnly = true)
    public List<AuditEvent> history(Object entityId, String... entityTypes) {
        return events.findByEntityIdAndEntityTypeInOrderByOccurredAtAscIdAsc(entityId.toString(),
                List.of(entityTypes));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** Who is acting now: the signed-in user's name, or {@value #SYSTEM}. */
    public static String currentActorName() {
        return currentActor();
    }

    static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication.getName() == null ? SYSTEM : authentication.getName();
    }
}
