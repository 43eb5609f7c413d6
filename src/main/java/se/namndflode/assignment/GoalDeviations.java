package se.namndflode.assignment;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.namndflode.goal.AssignmentDeviations;
import se.namndflode.goal.Goals;
import se.namndflode.goal.ReportingPeriod;

/**
 * For the goal ratings: how many of a goal's assignments are off plan as of a reporting period's day in the goal's
 * plan year (their latest status report by then is a deviation, an overdue assignment's automatic one included).
 */
@Component
class GoalDeviations implements AssignmentDeviations {

    private final StatusReportRepository reports;
    private final Goals goals;

    GoalDeviations(StatusReportRepository reports, Goals goals) {
        this.reports = reports;
        this.goals = goals;
    }

    @Override
    @Transactional(readOnly = true)
    public int count(String municipalityCode, long goalId, ReportingPeriod period) {
        int year = goals.goal(goalId).getPlanYear();
        return (int) reports.countDeviating(municipalityCode, goalId, period.asOf(year));
    }
}
