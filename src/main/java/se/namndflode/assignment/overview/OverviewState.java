package se.namndflode.assignment.overview;

/**
 * Why an item is in the overview. OVERDUE: an assignment past its end date undone (overdue since the day after), a
 * matter past its answer date and not dispatched. AT_RISK: an assignment whose latest status is avvikelse or whose
 * end-date reminder has gone out; a matter whose answer date is within the filter's days. REVIEW: a matter whose
 * tjänsteutlåtande waits for review and whose answer date is neither passed nor near (as a filter: every matter
 * waiting for review, whatever its answer date).
 */
public enum OverviewState {
    OVERDUE, AT_RISK, REVIEW;

    public String messageKey() {
        return "overview.state." + name();
    }
}
