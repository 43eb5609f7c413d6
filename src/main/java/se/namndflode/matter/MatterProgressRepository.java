package se.namndflode.matter;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MatterProgressRepository extends JpaRepository<MatterProgress, Long> {

    Optional<MatterProgress> findByRegistryNumber(String registryNumber);
}
