package se.namndflode.matter;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StaffReportRepository extends JpaRepository<StaffReport, Long> {

    Optional<StaffReport> findByMatterId(Long matterId);
}
