package se.namndflode.goal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {
    Optional<Assessment> findByGoalAndPeriod(Goal goal, ReportingPeriod period);
    List<Assessment> findByGoal(Goal goal);
    List<Assessment> findByGoalMunicipalityCodeInAndDeviatesTrueOrderByAssessedAtDesc(
            Collection<String> municipalityCodes);

    /** A period's assessments of a municipality's goals, with the proposals they were made against. */
    @Query("""
            select a from Assessment a left join fetch a.proposal
            where a.goal.municipalityCode = ?1 and a.period = ?2""")
    List<Assessment> ofPeriod(String municipalityCode, ReportingPeriod period);

    /** A period's assessments of the goals of a board's plan year, with the proposals they were made against. */
    @Query("""
            select a from Assessment a left join fetch a.proposal
            where a.goal.municipalityCode = ?1 and a.goal.planYear = ?2 and a.goal.boardId = ?3 and a.period = ?4""")
    List<Assessment> ofBoard(String municipalityCode, int planYear, Long boardId, ReportingPeriod period);
}
