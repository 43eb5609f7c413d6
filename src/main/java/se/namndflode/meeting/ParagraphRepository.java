package se.namndflode.meeting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ParagraphRepository extends JpaRepository<Paragraph, Long> {

    List<Paragraph> findByMeetingIdOrderByPositionAsc(Long meetingId);

    /** The matter's agenda items the board has not handled yet (on any meeting). */
    @Query("select p from Paragraph p where p.matterId = :matterId and p.outcome is null")
    List<Paragraph> findUnhandledByMatterId(@Param("matterId") Long matterId);

    List<Paragraph> findByMatterIdOrderByIdAsc(Long matterId);

    /** The highest § number of the board's other meetings in these days (numbering through the year). */
    @Query("select max(p.number) from Paragraph p where p.meeting.board.id = :boardId "
            + "and p.meeting.day between :from and :to and p.meeting.id <> :meetingId")
    Integer maxNumber(@Param("boardId") Long boardId, @Param("from") java.time.LocalDate from,
            @Param("to") java.time.LocalDate to, @Param("meetingId") Long meetingId);
}
