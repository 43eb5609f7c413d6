package se.namndflode.goal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface IndicatorRepository extends JpaRepository<Indicator, Long> {
    Optional<Indicator> findByMunicipalityCodeAndPlanYearAndCode(String municipalityCode, int planYear, String code);
    List<Indicator> findByMunicipalityCodeAndPlanYear(String municipalityCode, int planYear);
    List<Indicator> findByGoalOrderByCode(Goal goal);
}
