package se.namndflode.organisation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PersonRepository extends JpaRepository<Person, Long> {

    List<Person> findByMunicipalityCodeInOrderByLastNameAscFirstNameAsc(Collection<String> codes);
}
