package se.namndflode.assignment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RelationTypeRepository extends JpaRepository<RelationType, Long> {

    Optional<RelationType> findByMunicipalityCodeAndCode(String municipalityCode, String code);

    List<RelationType> findByMunicipalityCodeOrderByName(String municipalityCode);
}
