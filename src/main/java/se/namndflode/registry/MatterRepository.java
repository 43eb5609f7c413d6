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
     * Who is entitled to a matter (sees it whole): anyone of its municipality when it is not confidential;
     * otherwise those entitled by role ({@code :privileged}), its case officer and those on its access list.
     */
    String ENTITLED = """
            (m.confidential = false or :privileged = true or m.caseOfficerId = :accountId
             or exists (select a.id from MatterAccess a where a.matterId = m.id and a.accountId = :accountId))
            """;

    /**
     * The one rule of who gets a matter itself (its page, content, documents, files, history), used by every
     * such read on behalf of a user: a matter of one of their municipalities that they are entitled to.
     */
    String VISIBLE = "m.municipality.code in :municipalities and " + ENTITLED;

    /** The register of the user's municipalities: every matter, entitled to or not. */
    String REGISTER = "m.municipality.code in :municipalities ";

    /**
     * Filters of the register's list; {@code :pattern} is lower-case with {@code !} escaping the LIKE wildcards.
     * The list holds every matter of the user's municipalities (the register is public, OSL 5 kap.), but the free
     * text looks at what may be secret — the title, the sender, the sender's reference, document titles — only of
     * matters the user is entitled to; of the others only at the number and the public title.
     */
    String FILTERS = """
            and (:boardId is null or m.board.id = :boardId)
            and (:kind is null or m.kind = :kind)
            and (:status is null or m.status = :status)
            and (:pattern is null
                 or (m.year = :year and m.serial = :serial and (:prefix is null or m.prefix = :prefix))
                 or lower(m.publicTitle) like :pattern escape '!'
                 or (""" + ENTITLED + """
                     and (lower(m.title) like :pattern escape '!'
                          or lower(m.senderReference) like :pattern escape '!'
                          or lower(m.sender) like :pattern escape '!'
                          or exists (select d.id from Document d
                                     where d.matter = m and lower(d.title) like :pattern escape '!'))))
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

    /** Of these matters, the ids of those the user gets whole ({@link #VISIBLE}). */
    @Query("select m.id from Matter m where m.id in :ids and " + VISIBLE)
    List<Long> findVisibleIds(@Param("ids") Collection<Long> ids,
            @Param("municipalities") Collection<String> municipalities, @Param("privileged") boolean privileged,
            @Param("accountId") Long accountId);

    /** The matters with these ids of these municipalities, entitled to or not (for register entries). */
    @Query("select m from Matter m where m.id in :ids and m.municipality.code in :municipalities")
    List<Matter> findInMunicipalities(@Param("ids") Collection<Long> ids,
            @Param("municipalities") Collection<String> municipalities);

    List<Matter> findByPrefixAndYearAndSerialOrderById(String prefix, int year, int serial);

    @Query(value = "select m from Matter m where " + REGISTER + FILTERS + " order by m.registeredAt desc, m.id desc",
            countQuery = "select count(m) from Matter m where " + REGISTER + FILTERS)
    Page<Matter> search(@Param("municipalities") Collection<String> municipalities,
            @Param("privileged") boolean privileged, @Param("accountId") Long accountId,
            @Param("boardId") Long boardId, @Param("kind") MatterKind kind, @Param("status") MatterStatus status,
            @Param("pattern") String pattern, @Param("prefix") String prefix, @Param("year") Integer year,
            @Param("serial") Integer serial, Pageable page);

    /** Locks the matter's row until the transaction ends: documents of one matter are numbered one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from Matter m where m.id = :id")
    Optional<Matter> lock(@Param("id") Long id);

    /** Of these matters, the confidential ones (for masking; says nothing else about them). */
    @Query("select m.id from Matter m where m.id in :ids and m.confidential = true")
    java.util.List<Long> findConfidentialIds(@Param("ids") Collection<Long> ids);
}
