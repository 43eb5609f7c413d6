package se.namndflode.goal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionExampleRepository extends JpaRepository<DecisionExample, Long> {
    List<DecisionExample> findByMunicipalityCodeAndDecisionKeyOrderById(String municipalityCode, String decisionKey);
    List<DecisionExample> findByMunicipalityCodeOrderById(String municipalityCode);
    long deleteByMunicipalityCode(String municipalityCode);
}
