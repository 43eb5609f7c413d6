package se.namndflode.assignment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.namndflode.goal.GoalActivities;

/**
 * For the follow-up report's activity table: the assignments of goals with their dates and, when their latest
 * status report by the period's day is a deviation, its text in the Avvikelse column (an overdue assignment's
 * automatic deviation without explanation says so). Two queries, whatever the number of goals.
 */
@Component
class GoalAssignmentActivities implements GoalActivities {

    static final String UNEXPLAINED = "Avvikelse, förklaring saknas";

    private final AssignmentRepository assignments;
    private final StatusReportRepository reports;

    GoalAssignmentActivities(AssignmentRepository assignments, StatusReportRepository reports) {
        this.assignments = assignments;
        this.reports = reports;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, List<Activity>> activities(String municipalityCode, Collection<Long> goalIds, LocalDate asOf) {
        List<Assignment> found = assignments.findByMunicipalityCodeAndGoalIdInOrderByReference(municipalityCode,
                goalIds);
        if (found.isEmpty()) {
            return Map.of();
        }
        Map<Long, StatusReport> latest = reports.latestAsOf(found, asOf).stream()
                .collect(Collectors.toMap(report -> report.getAssignment().getId(), Function.identity()));
        Map<Long, List<Activity>> byGoal = new LinkedHashMap<>();
        for (Assignment assignment : found) {
            StatusReport report = latest.get(assignment.getId());
            boolean done = assignment.getCompletedOn() != null && !assignment.getCompletedOn().isAfter(asOf);
            String deviation = null;
            if (!done && report != null && report.getStatus() == Status.DEVIATION) {
                deviation = report.getText() == null || report.getText().isBlank() ? UNEXPLAINED
                        : report.getText();
            }
            byGoal.computeIfAbsent(assignment.getGoalId(), id -> new java.util.ArrayList<>())
                    .add(new Activity(assignment.getReference(), assignment.getText(), assignment.getStartDate(),
                            assignment.getEndDate(), deviation, done));
        }
        return byGoal;
    }
}
