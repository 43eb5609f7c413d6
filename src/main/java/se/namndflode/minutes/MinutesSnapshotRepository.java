package se.namndflode.minutes;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MinutesSnapshotRepository extends JpaRepository<MinutesSnapshot, Long> {

    Optional<MinutesSnapshot> findByMinutesVersionIdAndAudience(Long minutesVersionId, Audience audience);

    Optional<MinutesSnapshot> findByParagraphIdAndAudience(Long paragraphId, Audience audience);
}
