package se.namndflode.registry;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MatterAccessRepository extends JpaRepository<MatterAccess, Long> {

    boolean existsByMatterIdAndAccountId(Long matterId, Long accountId);

    Optional<MatterAccess> findByMatterIdAndAccountId(Long matterId, Long accountId);

    List<MatterAccess> findByMatterIdOrderByGrantedAt(Long matterId);
}
