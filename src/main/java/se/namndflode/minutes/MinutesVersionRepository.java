package se.namndflode.minutes;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MinutesVersionRepository extends JpaRepository<MinutesVersion, Long> {

    List<MinutesVersion> findByMeetingIdOrderByNumberAsc(Long meetingId);

    Optional<MinutesVersion> findFirstByMeetingIdOrderByNumberDesc(Long meetingId);
}
