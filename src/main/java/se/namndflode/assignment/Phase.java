package se.namndflode.assignment;

/** Where an assignment stands in its process ({@code bpmn/assignment.bpmn}). */
public enum Phase {
    /** Registered without a responsible person: a manager appoints one ("Utse ansvarig"). */
    AWAITING_RESPONSIBLE,
    /** Being carried out: status reports at the reporting points, the end-date watch. */
    IN_PROGRESS,
    /** Reported klar; being reported to the board as a matter of its own, whose decision completes it. */
    REPORTING,
    /** Completed: reported in the follow-up report, or by the board's decision on its report. */
    COMPLETED;

    public String messageKey() {
        return "assignment.phase." + name();
    }
}
