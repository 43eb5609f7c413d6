package se.namndflode.goal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GoalRepository extends JpaRepository<Goal, Long> {
    Optional<Goal> findByMunicipalityCodeAndPlanYearAndNumber(String municipalityCode, int planYear, String number);
    List<Goal> findByMunicipalityCodeAndPlanYear(String municipalityCode, int planYear);
    List<Goal> findByMunicipalityCodeInAndPlanYear(Collection<String> municipalityCodes, int planYear);
    List<Goal> findByParent(Goal parent);

    /**
     * A plan year's goals with their levels, scales and expected results in one query (all read eagerly, else
     * one goal at a time); each goal's parent is one of them.
     */
    @Query("""
            select distinct g from Goal g join fetch g.level l join fetch l.scale left join fetch g.expectedResults
            where g.municipalityCode = ?1 and g.planYear = ?2""")
    List<Goal> plan(String municipalityCode, int planYear);

    /** A board's plan of a year: its goals with levels, scales and expected results in one query. */
    @Query("""
            select distinct g from Goal g join fetch g.level l join fetch l.scale left join fetch g.expectedResults
            where g.municipalityCode = ?1 and g.planYear = ?2 and g.boardId = ?3""")
    List<Goal> boardPlan(String municipalityCode, int planYear, Long boardId);
}
