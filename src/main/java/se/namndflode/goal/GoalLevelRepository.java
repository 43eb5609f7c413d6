package se.namndflode.goal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface GoalLevelRepository extends JpaRepository<GoalLevel, Long> {
    Optional<GoalLevel> findByMunicipalityCodeAndCode(String municipalityCode, String code);
    List<GoalLevel> findByMunicipalityCodeOrderByDepth(String municipalityCode);
}
