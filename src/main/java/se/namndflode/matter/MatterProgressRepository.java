package se.namndflode.matter;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MatterProgressRepository extends JpaRepository<MatterProgress, Long> {

    /** A diarienummer is unique only within its municipality (two may both have an {@code SOF 2026/1}). */
    Optional<MatterProgress> findByMunicipalityCodeAndRegistryNumber(String municipalityCode, String registryNumber);
}
