package se.namndflode.assignment.overview;

/**
 * The step of the board-matter process a tjänsteutlåtande sent for review waits in. Both keep the report's status
 * "submitted", and the overview lists both under its review state, but they wait for different people: REVIEW for a
 * manager's granskning ({@code ReviewStaffReport}), APPROVAL for the förvaltningschef's approval for the board
 * ({@code ApproveForBoard}), after the manager has approved it.
 */
public enum ReviewStep {
    REVIEW, APPROVAL;

    public String messageKey() {
        return "overview.reviewStep." + name();
    }
}
