package se.namndflode.followup;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

    Optional<FollowUp> findByMunicipalityCodeAndBoardIdAndPlanYearAndPeriodCode(String municipalityCode, Long boardId,
            int planYear, String periodCode);

    List<FollowUp> findByMunicipalityCodeAndPlanYearAndPeriodCode(String municipalityCode, int planYear,
            String periodCode);

    Optional<FollowUp> findByMunicipalityCodeAndMatterId(String municipalityCode, Long matterId);

    List<FollowUp> findByProcessInstanceIdIn(Collection<String> processInstanceIds);

    List<FollowUp> findByMunicipalityCodeInOrderByStartedAtDescIdDesc(Collection<String> municipalityCodes);
}
