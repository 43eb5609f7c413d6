package se.namndflode.goal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.namndflode.matter.DecisionAnnounced;

/**
 * When the board's decision on a matter stands (justered and posted), the follow-up reports linked to that
 * matter are approved and their outcomes and assessments locked — in the same transaction as the decision, so
 * the two never disagree.
 */
@Component
class ApproveReportOnDecision {

    private final Goals goals;

    ApproveReportOnDecision(Goals goals) {
        this.goals = goals;
    }

    @EventListener
    void on(DecisionAnnounced decision) {
        goals.approveReportsOf(decision.matterId(), decision.noticeDay());
    }
}
