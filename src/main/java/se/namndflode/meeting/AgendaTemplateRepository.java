package se.namndflode.meeting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgendaTemplateRepository extends JpaRepository<AgendaTemplateItem, Long> {

    List<AgendaTemplateItem> findByBoardIdOrderByPositionAsc(Long boardId);
}
