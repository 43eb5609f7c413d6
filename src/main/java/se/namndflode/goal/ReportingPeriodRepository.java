package se.namndflode.goal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportingPeriodRepository extends JpaRepository<ReportingPeriod, Long> {
    Optional<ReportingPeriod> findByMunicipalityCodeAndCode(String municipalityCode, String code);
    List<ReportingPeriod> findByMunicipalityCodeOrderByAsOfMonthAscAsOfDayAsc(String municipalityCode);
}
