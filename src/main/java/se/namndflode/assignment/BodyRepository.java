package se.namndflode.assignment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface BodyRepository extends JpaRepository<Body, Long> {

    Optional<Body> findByMunicipalityCodeAndNameKey(String municipalityCode, String nameKey);

    Optional<Body> findByMunicipalityCodeAndBoardId(String municipalityCode, Long boardId);

    List<Body> findByMunicipalityCodeOrderByName(String municipalityCode);
}
