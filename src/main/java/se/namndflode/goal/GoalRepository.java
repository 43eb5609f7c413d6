package se.namndflode.goal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface GoalRepository extends JpaRepository<Goal, Long> {
    Optional<Goal> findByMunicipalityCodeAndPlanYearAndNumber(String municipalityCode, int planYear, String number);
    List<Goal> findByMunicipalityCodeAndPlanYear(String municipalityCode, int planYear);
    List<Goal> findByMunicipalityCodeInAndPlanYear(Collection<String> municipalityCodes, int planYear);
    List<Goal> findByParent(Goal parent);
}
