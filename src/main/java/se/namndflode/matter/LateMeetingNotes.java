package se.namndflode.matter;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.namndflode.registry.MatterPageNotes;

/**
 * A matter put forward to a meeting after its answer date is flagged with the reason the secretary gave, on the
 * matter page and on its tasks (the handling page shows the dates beside it).
 */
@Component
@Transactional(readOnly = true)
class LateMeetingNotes implements MatterPageNotes {

    private final MatterProgressRepository progress;

    LateMeetingNotes(MatterProgressRepository progress) {
        this.progress = progress;
    }

    @Override
    public List<Note> notes(Long matterId) {
        return progress.findById(matterId).filter(MatterProgress::isLateMeeting)
                .map(matter -> List.of(new Note("matter.lateMeeting.note", matter.getLateMeetingReason(), null, null)))
                .orElse(List.of());
    }
}
