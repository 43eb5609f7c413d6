package se.namndflode.goal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutcomeRepository extends JpaRepository<Outcome, Long> {
    Optional<Outcome> findByIndicatorAndPeriod(Indicator indicator, ReportingPeriod period);
    List<Outcome> findByIndicator(Indicator indicator);
    List<Outcome> findByIndicatorMunicipalityCodeAndIndicatorPlanYearAndPeriod(String municipalityCode, int planYear,
            ReportingPeriod period);

    /** A period's outcomes of the indicators of a board's plan of a year. */
    @org.springframework.data.jpa.repository.Query("""
            select o from Outcome o where o.indicator.municipalityCode = ?1 and o.indicator.planYear = ?2
              and o.indicator.goal.boardId = ?3 and o.period = ?4""")
    List<Outcome> ofBoard(String municipalityCode, int planYear, Long boardId, ReportingPeriod period);
}
