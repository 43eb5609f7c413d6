package se.namndflode.goal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {
    Optional<Assessment> findByGoalAndPeriod(Goal goal, ReportingPeriod period);
    List<Assessment> findByGoal(Goal goal);
    List<Assessment> findByGoalMunicipalityCodeAndPeriod(String municipalityCode, ReportingPeriod period);
    List<Assessment> findByGoalMunicipalityCodeInAndDeviatesTrueOrderByAssessedAtDesc(
            Collection<String> municipalityCodes);
}
