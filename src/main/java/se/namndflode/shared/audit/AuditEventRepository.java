package se.namndflode.shared.audit;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    @Query("""
            select e from AuditEvent e
            where (e.municipalityCode is null or e.municipalityCode in :municipalities)
              and (:actor is null or lower(e.actor) like lower(concat('%', cast(:actor as string), '%')))
              and (:entityType is null or e.entityType = :entityType)
            order by e.occurredAt desc, e.id desc""")
    Page<AuditEvent> search(@Param("municipalities") Collection<String> municipalities, @Param("actor") String actor,
            @Param("entityType") String entityType, Pageable page);

    long countByEntityTypeAndAction(String entityType, String action);

    List<AuditEvent> findByEntityIdAndEntityTypeInOrderByOccurredAtAscIdAsc(String entityId,
            Collection<String> entityTypes);
}
