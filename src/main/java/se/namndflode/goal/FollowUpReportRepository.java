package se.namndflode.goal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FollowUpReportRepository extends JpaRepository<FollowUpReport, Long> {
    /** A board's report of a period ({@code boardId} null: the report of no board, from before boards). */
    Optional<FollowUpReport> findByMunicipalityCodeAndBoardIdAndPlanYearAndPeriod(String municipalityCode,
            Long boardId, int planYear, ReportingPeriod period);

    /** The approved reports of a period, of every board: what locks which board's goals. */
    List<FollowUpReport> findByMunicipalityCodeAndPlanYearAndPeriodAndApprovedOnIsNotNull(String municipalityCode,
            int planYear, ReportingPeriod period);

    List<FollowUpReport> findByMatterId(Long matterId);
}
