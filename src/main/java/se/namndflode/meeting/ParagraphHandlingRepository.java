package se.namndflode.meeting;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ParagraphHandlingRepository extends JpaRepository<ParagraphHandling, Long> {

    Optional<ParagraphHandling> findByParagraphId(Long paragraphId);

    List<ParagraphHandling> findByMeetingId(Long meetingId);

    /** The meeting's paragraphs in which a vote has been demanded: who served in them may no longer change. */
    @Query("select distinct h.paragraphId from ParagraphHandling h join h.questions q "
            + "where h.meetingId = :meetingId and q.vote is not null")
    List<Long> findParagraphIdsWithVotes(@Param("meetingId") Long meetingId);
}
