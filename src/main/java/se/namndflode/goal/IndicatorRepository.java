package se.namndflode.goal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface IndicatorRepository extends JpaRepository<Indicator, Long> {
    Optional<Indicator> findByMunicipalityCodeAndPlanYearAndCode(String municipalityCode, int planYear, String code);
    List<Indicator> findByMunicipalityCodeAndPlanYear(String municipalityCode, int planYear);
    List<Indicator> findByGoalOrderByCode(Goal goal);

    /** The indicators of a board's plan of a year, by code. */
    @org.springframework.data.jpa.repository.Query("""
            select i from Indicator i where i.municipalityCode = ?1 and i.planYear = ?2 and i.goal.boardId = ?3
            order by i.code""")
    List<Indicator> ofBoard(String municipalityCode, int planYear, Long boardId);
}
