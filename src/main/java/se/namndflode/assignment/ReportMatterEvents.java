package se.namndflode.assignment;

import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.namndflode.matter.DecisionAnnounced;
import se.namndflode.matter.MatterClosed;

/**
 * The board matter that reports an assignment ended: its decision stands (justered and posted), or it was written
 * off without one. The assignment's process hears it in the same transaction (its next step is behind a
 * transaction boundary), so the matter and the assignment never disagree.
 */
@Component
class ReportMatterEvents {

    private final AssignmentRepository assignments;
    private final AssignmentProcess process;

    ReportMatterEvents(AssignmentRepository assignments, AssignmentProcess process) {
        this.assignments = assignments;
        this.process = process;
    }

    @EventListener
    void on(DecisionAnnounced decision) {
        ended(decision.municipalityCode(), decision.matterId(), true);
    }

    @EventListener
    void on(MatterClosed closed) {
        if (closed.how() == MatterClosed.How.WRITTEN_OFF) {
            ended(closed.municipalityCode(), closed.matterId(), false);
        }
    }

    private void ended(String municipality, Long matterId, boolean decided) {
        assignments.findByMunicipalityCodeAndReportMatterId(municipality, matterId)
                .filter(assignment -> process.waitsIn(assignment, "AwaitBoardDecision"))
                .ifPresent(assignment -> process.correlate(assignment, AssignmentMessages.REPORT_DECIDED,
                        Map.of("reportDecided", decided), "assignment.notReporting"));
    }
}
