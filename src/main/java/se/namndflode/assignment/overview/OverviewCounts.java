package se.namndflode.assignment.overview;

import java.util.List;

/**
 * The overview's numbers within a filter (its state part left out: the counts give each state): assignments and
 * matters overdue and at risk, matters waiting for review, and the same per board, unit and responsible person for
 * the charts (groups ordered by their total, largest first).
 */
public record OverviewCounts(long assignmentsOverdue, long assignmentsAtRisk, long mattersOverdue, long mattersAtRisk,
        long mattersInReview, List<Group> boards, List<Group> units, List<Group> persons) {

    public long overdue() {
        return assignmentsOverdue + mattersOverdue;
    }

    public long atRisk() {
        return assignmentsAtRisk + mattersAtRisk;
    }

    /** Every item the overview lists within the filter (a matter under review and overdue counts once). */
    public long total() {
        return boards.stream().mapToLong(Group::total).sum();
    }

    /**
     * One bar of a chart.
     *
     * @param key the board's or unit's id, or the person's user name; null for "none" (no responsible person)
     * @param review matters in the group whose tjänsteutlåtande waits for review and are neither overdue nor at risk
     */
    public record Group(String key, String name, long overdue, long atRisk, long review) {

        public long total() {
            return overdue + atRisk + review;
        }
    }
}
