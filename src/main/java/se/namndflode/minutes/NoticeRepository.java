package se.namndflode.minutes;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface NoticeRepository extends JpaRepository<Notice, Long> {

    /** The municipality's notices up on {@code day}: posted by then and not yet down. */
    List<Notice> findByMunicipalityCodeAndPostedOnLessThanEqualAndComesDownOnGreaterThanOrderByPostedOnDescIdDesc(
            String municipalityCode, LocalDate day, LocalDate sameDay);

    /** The municipality's notices down by {@code day}: its archive, latest first, paged in SQL. */
    Page<Notice> findByMunicipalityCodeAndComesDownOnLessThanEqualOrderByPostedOnDescIdDesc(String municipalityCode,
            LocalDate day, Pageable page);

    List<Notice> findByMeetingIdOrderByPostedOnAscIdAsc(Long meetingId);

    Optional<Notice> findByMinutesVersionId(Long minutesVersionId);

    boolean existsByParagraphId(Long paragraphId);
}
