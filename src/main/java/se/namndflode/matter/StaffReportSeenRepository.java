package se.namndflode.matter;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StaffReportSeenRepository extends JpaRepository<StaffReportSeen, Long> {

    Optional<StaffReportSeen> findByMatterIdAndUsername(Long matterId, String username);
}
