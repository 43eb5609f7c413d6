package se.namndflode.assignment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StatusReportRepository extends JpaRepository<StatusReport, Long> {

    List<StatusReport> findByAssignmentOrderByAsOfDescIdDesc(Assignment assignment);

    Optional<StatusReport> findFirstByAssignmentAndAutomaticTrueAndTextIsNullOrderByIdDesc(Assignment assignment);

    /**
     * How many of a goal's assignments are off plan as of a day: their latest status report on or before it is a
     * deviation (an overdue assignment's automatic one counts), and they were not completed by then.
     */
    @Query("""
            select count(a) from Assignment a
            where a.municipalityCode = :municipality and a.goalId = :goalId
              and (a.completedOn is null or a.completedOn > :day)
              and exists (select r from StatusReport r where r.assignment = a and r.status = se.namndflode.assignment.Status.DEVIATION
                  and r.asOf <= :day and not exists (select later from StatusReport later
                      where later.assignment = a and later.asOf <= :day
                        and (later.asOf > r.asOf or (later.asOf = r.asOf and later.id > r.id))))""")
    long countDeviating(String municipality, long goalId, LocalDate day);

    /**
     * The latest status report on or before a day of each assignment of a board that was running then (started by
     * that day, not completed before the period began), one row per assignment that has one.
     */
    @Query("""
            select r from StatusReport r join r.assignment a
            where a.municipalityCode = :municipality and a.board.id = :boardId and a.startDate <= :day
              and (a.completedOn is null or a.completedOn >= :from) and r.asOf <= :day
              and not exists (select later from StatusReport later
                  where later.assignment = a and later.asOf <= :day
                    and (later.asOf > r.asOf or (later.asOf = r.asOf and later.id > r.id)))""")
    List<StatusReport> findLatestOfBoard(String municipality, Long boardId, LocalDate from, LocalDate day);

    /** How many assignments of a board were running in a period (started by its day, not completed before it). */
    @Query("""
            select count(a) from Assignment a
            where a.municipalityCode = :municipality and a.board.id = :boardId and a.startDate <= :day
              and (a.completedOn is null or a.completedOn >= :from)""")
    long countRunning(String municipality, Long boardId, LocalDate from, LocalDate day);

    /** The latest status report on or before a day of each of the assignments that has one. */
    @Query("""
            select r from StatusReport r where r.assignment in :assignments and r.asOf <= :day
              and not exists (select later from StatusReport later
                  where later.assignment = r.assignment and later.asOf <= :day
                    and (later.asOf > r.asOf or (later.asOf = r.asOf and later.id > r.id)))""")
    List<StatusReport> latestAsOf(java.util.Collection<Assignment> assignments, LocalDate day);
}
