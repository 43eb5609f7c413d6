package se.namndflode.goal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Rating proposals. The current proposal of a subject in a period is its latest: the newest {@code createdAt}, and
 * of proposals made at the same instant the highest key. Never the highest key alone: keys come from a sequence
 * in blocks per node, so another node's later proposal may have a lower key ({@link RatingProposal}).
 */
interface RatingProposalRepository extends JpaRepository<RatingProposal, Long> {

    Optional<RatingProposal> findFirstBySubjectTypeAndSubjectIdAndPeriodOrderByCreatedAtDescIdDesc(
            SubjectType subjectType, long subjectId, ReportingPeriod period);

    /** The current (latest) proposal of every subject of a municipality in a period. */
    @Query("""
            select p from RatingProposal p where p.municipalityCode = ?1 and p.period = ?2 and not exists (
                select 1 from RatingProposal q where q.subjectType = p.subjectType and q.subjectId = p.subjectId
                    and q.period = p.period
                    and (q.createdAt > p.createdAt or q.createdAt = p.createdAt and q.id > p.id))""")
    List<RatingProposal> current(String municipalityCode, ReportingPeriod period);

    /** The current (latest) proposal in a period of each of the subjects of a type that has one. */
    @Query("""
            select p from RatingProposal p where p.municipalityCode = ?1 and p.period = ?2 and p.subjectType = ?3
                and p.subjectId in ?4 and not exists (
                select 1 from RatingProposal q where q.subjectType = p.subjectType and q.subjectId = p.subjectId
                    and q.period = p.period
                    and (q.createdAt > p.createdAt or q.createdAt = p.createdAt and q.id > p.id))""")
    List<RatingProposal> current(String municipalityCode, ReportingPeriod period, SubjectType subjectType,
            java.util.Collection<Long> subjectIds);
}
