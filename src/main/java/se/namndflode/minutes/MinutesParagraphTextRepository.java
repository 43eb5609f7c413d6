package se.namndflode.minutes;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MinutesParagraphTextRepository extends JpaRepository<MinutesParagraphText, Long> {

    List<MinutesParagraphText> findByMinutesId(Long minutesId);

    Optional<MinutesParagraphText> findByMinutesIdAndParagraphId(Long minutesId, Long paragraphId);
}
