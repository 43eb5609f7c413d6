package se.namndflode.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

    boolean existsByBoardIdAndDayAndStartsAt(Long boardId, LocalDate day, LocalTime startsAt);

    /** The meetings of these municipalities, latest first (a page, counted in SQL). */
    @Query(value = "select m from Meeting m join fetch m.board where m.municipalityCode in :codes",
            countQuery = "select count(m) from Meeting m where m.municipalityCode in :codes")
    Page<Meeting> findByMunicipalityCodeIn(@Param("codes") Collection<String> codes, Pageable page);

    /** The meetings of these boards in these municipalities, a page (for a politician: the boards of their seats). */
    @Query(value = "select m from Meeting m join fetch m.board where m.municipalityCode in :codes "
            + "and m.board.id in :boards",
            countQuery = "select count(m) from Meeting m where m.municipalityCode in :codes and m.board.id in :boards")
    Page<Meeting> findByMunicipalityCodeInAndBoardIdIn(@Param("codes") Collection<String> codes,
            @Param("boards") Collection<Long> boards, Pageable page);

    /** The board's meetings in this status within these days, soonest first. */
    List<Meeting> findByBoardIdAndStatusAndDayBetweenOrderByDayAscStartsAtAsc(Long boardId, MeetingStatus status,
            LocalDate from, LocalDate to);

    /** The board's meetings in this status from this day on, soonest first. */
    /** The boards' meetings from {@code day} on in these statuses, soonest first (start pages: the next meeting). */
    List<Meeting> findByBoardIdInAndStatusInAndDayGreaterThanEqualOrderByDayAscStartsAtAsc(Collection<Long> boardIds,
            Collection<MeetingStatus> statuses, LocalDate day, Pageable page);

    List<Meeting> findByBoardIdAndStatusInAndDayGreaterThanEqualOrderByDayAscStartsAtAsc(Long boardId,
            Collection<MeetingStatus> statuses, LocalDate from);
}
