package se.namndflode.goal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutcomeRepository extends JpaRepository<Outcome, Long> {
    Optional<Outcome> findByIndicatorAndPeriod(Indicator indicator, ReportingPeriod period);
    List<Outcome> findByIndicator(Indicator indicator);
    List<Outcome> findByIndicatorMunicipalityCodeAndIndicatorPlanYearAndPeriod(String municipalityCode, int planYear,
            ReportingPeriod period);
}
