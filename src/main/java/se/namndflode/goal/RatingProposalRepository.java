package se.namndflode.goal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RatingProposalRepository extends JpaRepository<RatingProposal, Long> {

    Optional<RatingProposal> findFirstBySubjectTypeAndSubjectIdAndPeriodOrderByIdDesc(SubjectType subjectType,
            long subjectId, ReportingPeriod period);

    /** The current (latest) proposal of every subject of a municipality in a period. */
    @Query("""
            select p from RatingProposal p where p.municipalityCode = ?1 and p.period = ?2 and p.id in (
                select max(q.id) from RatingProposal q where q.municipalityCode = ?1 and q.period = ?2
                group by q.subjectType, q.subjectId)""")
    List<RatingProposal> current(String municipalityCode, ReportingPeriod period);
}
