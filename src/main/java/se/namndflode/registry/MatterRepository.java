package se.namndflode.registry;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MatterRepository extends JpaRepository<Matter, Long> {

    /**
     * The one rule of who sees a matter, used by every read on behalf of a user: a matter of one of their
     * municipalities that is not confidential, or that they are entitled to (by role, as its case officer, or
     * on its access list).
     */
    String VISIBLE = """
            m.municipality.code in :municipalities
            and (m.confidential = false or :privileged = true or m.caseOfficerId = :accountId
                 or exists (select a.id from MatterAccess a where a.matterId = m.id and a.accountId = :accountId))
            """;

    /** Filters of the list; {@code :pattern} is lower-case with {@code !} escaping the LIKE wildcards. */
    String FILTERS = """
            and (:boardId is null or m.board.id = :boardId)
            and (:kind is null or m.kind = :kind)
            and (:status is null or m.status = :status)
            and (:pattern is null
                 or lower(m.title) like :pattern escape '!'
                 or lower(m.senderReference) like :pattern escape '!'
                 or lower(m.sender) like :pattern escape '!'
                 or exists (select d.id from Document d where d.matter = m and lower(d.title) like :pattern escape '!')
                 or (m.year = :year and m.serial = :serial and (:prefix is null or m.prefix = :prefix)))
            """;

    @Query("select m from Matter m where m.id = :id and " + VISIBLE)
    Optional<Matter> findVisible(@Param("id") Long id, @Param("municipalities") Collection<String> municipalities,
            @Param("privileged") boolean privileged, @Param("accountId") Long accountId);

    @Query("""
            select m from Matter m where m.prefix = :prefix and m.year = :year and m.serial = :serial
              and\s""" + VISIBLE + " order by m.municipality.code")
    List<Matter> findVisibleByNumber(@Param("prefix") String prefix, @Param("year") int year,
            @Param("serial") int serial, @Param("municipalities") Collection<String> municipalities, @Param("privileged") boolean privileged,
            @Param("accountId") Long accountId);

    @Query("select m from Matter m where m.id in :ids and " + VISIBLE)
    List<Matter> findVisibleByIds(@Param("ids") Collection<Long> ids,
            @Param("municipalities") Collection<String> municipalities, @Param("privileged") boolean privileged,
            @Param("accountId") Long accountId);

    List<Matter> findByPrefixAndYearAndSerialOrderById(String prefix, int year, int serial);

    @Query(value = "select m from Matter m where " + VISIBLE + FILTERS + " order by m.registeredAt desc, m.id desc",
            countQuery = "select count(m) from Matter m where " + VISIBLE + FILTERS)
    Page<Matter> search(@Param("municipalities") Collection<String> municipalities,
            @Param("privileged") boolean privileged, @Param("accountId") Long accountId,
            @Param("boardId") Long boardId, @Param("kind") MatterKind kind, @Param("status") MatterStatus status,
            @Param("pattern") String pattern, @Param("prefix") String prefix, @Param("year") Integer year,
            @Param("serial") Integer serial, Pageable page);

    /** Locks the matter's row until the transaction ends: documents of one matter are numbered one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from Matter m where m.id = :id")
    Optional<Matter> lock(@Param("id") Long id);
}
