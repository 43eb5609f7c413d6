package se.namndflode.matter;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.namndflode.registry.MatterPageNotes;

/**
 * Why the staff report is back with the case officer: the reviewer's or director's comment, or the board's
 * reason for återremiss, with who and when. Shown on the matter page, the staff report editor and the case
 * officer's task until the report is submitted again.
 */
@Component
@Transactional(readOnly = true)
class StaffReportNotes implements MatterPageNotes {

    private final StaffReportRepository reports;

    StaffReportNotes(StaffReportRepository reports) {
        this.reports = reports;
    }

    @Override
    public List<Note> notes(Long matterId) {
        return reports.findByMatterId(matterId).filter(StaffReport::isReturned)
                .map(report -> List.of(new Note(report.getReturnedFrom().messageKey(), report.getReturnComment(),
                        report.getReturnedBy(), report.getReturnedAt())))
                .orElse(List.of());
    }
}
