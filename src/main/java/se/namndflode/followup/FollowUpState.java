package se.namndflode.followup;

/** Where a follow-up stands in its process ({@code bpmn/follow-up.bpmn}). */
public enum FollowUpState {
    /** The indicator owners enter their outcomes (and forecasts). */
    COLLECTING_OUTCOMES,
    /** The deadline passed with outcomes missing: the manager decides. */
    OUTCOMES_MISSING,
    /** The goals are assessed, one level at a time from the deepest. */
    ASSESSING,
    /** The assignments' status reports are gathered and the report compiled. */
    COMPILING,
    /** The report is a board matter; the board's decision is awaited. */
    AWAITING_DECISION,
    /** The board's decision stands: the period is locked. */
    APPROVED,
    /** The board matter was written off without a decision. */
    WRITTEN_OFF;

    /** Whether the process still runs. */
    public boolean isRunning() {
        return this != APPROVED && this != WRITTEN_OFF;
    }

    public String messageKey() {
        return "followUp.state." + name();
    }
}
