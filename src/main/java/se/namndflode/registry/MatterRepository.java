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

    /** Locks the matter's row until the transaction ends: documents of one matter are numbered one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from Matter m where m.id = :id")
    Optional<Matter> lock(@Param("id") Long id);

    /** Of these matters, the confidential ones (for masking; says nothing else about them). */
    @Query("select m.id from Matter m where m.id in :ids and m.confidential = true")
    java.util.List<Long> findConfidentialIds(@Param("ids") Collection<Long> ids);
}
