package se.namndflode.meeting;

import org.springframework.data.jpa.repository.JpaRepository;

interface CurrentParagraphRepository extends JpaRepository<CurrentParagraph, Long> {
}
