package se.namndflode.goal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FollowUpReportRepository extends JpaRepository<FollowUpReport, Long> {
    Optional<FollowUpReport> findByMunicipalityCodeAndPlanYearAndPeriod(String municipalityCode, int planYear,
            ReportingPeriod period);
    List<FollowUpReport> findByMatterId(Long matterId);
}
