package se.namndflode.goal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RatingScaleRepository extends JpaRepository<RatingScale, Long> {
    Optional<RatingScale> findByMunicipalityCodeAndCode(String municipalityCode, String code);
    List<RatingScale> findByMunicipalityCodeOrderByCode(String municipalityCode);
}
