package se.namndflode.assignment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface AssignmentRepository extends JpaRepository<Assignment, Long>, JpaSpecificationExecutor<Assignment> {

    Optional<Assignment> findByMunicipalityCodeAndReference(String municipalityCode, String reference);

    boolean existsByMunicipalityCodeAndReference(String municipalityCode, String reference);

    List<Assignment> findByProcessInstanceIdIn(Collection<String> processInstanceIds);

    Optional<Assignment> findByMunicipalityCodeAndReportMatterId(String municipalityCode, Long reportMatterId);

    /** The assignments of goals (ids of the goal module) in a municipality, by reference. */
    List<Assignment> findByMunicipalityCodeAndGoalIdInOrderByReference(String municipalityCode,
            Collection<Long> goalIds);
}
