package se.namndflode.organisation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AdministrationRepository extends JpaRepository<Administration, Long> {

    boolean existsByMunicipalityAndRegistryPrefixIgnoreCaseAndIdNot(Municipality municipality, String prefix, Long id);

    List<Administration> findByMunicipalityCodeInOrderByMunicipalityNameAscNameAsc(Collection<String> codes);
}
