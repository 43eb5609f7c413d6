package se.namndflode.organisation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PartyRepository extends JpaRepository<Party, Long> {

    boolean existsByMunicipalityAndCodeIgnoreCaseAndIdNot(Municipality municipality, String code, Long id);

    List<Party> findByMunicipalityCodeInOrderByMunicipalityNameAscCodeAsc(Collection<String> codes);
}
