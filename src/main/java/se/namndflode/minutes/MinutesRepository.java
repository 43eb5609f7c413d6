package se.namndflode.minutes;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MinutesRepository extends JpaRepository<Minutes, Long> {

    Optional<Minutes> findFirstByMeetingIdOrderByVersionDesc(Long meetingId);

    @Query("select max(m.number) from Minutes m where m.boardId = ?1 and m.year = ?2")
    Integer maxNumber(Long boardId, int year);
}
