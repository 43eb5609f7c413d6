package se.namndflode.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MunicipalityRepository extends JpaRepository<Municipality, Long> {

    Optional<Municipality> findByCode(String code);

    boolean existsByCodeIgnoreCase(String code);

    List<Municipality> findByCodeInOrderByName(Collection<String> codes);

    List<Municipality> findAllByOrderByName();
}
