package se.namndflode.assignment;

/** What a manager (or, escalated, the director) does with an overdue assignment. */
public enum OverdueAction {
    /** Förläng: a new end date, with a reason. */
    EXTEND,
    /** Omfördela: another responsible person. */
    REASSIGN,
    /** Eskalera till förvaltningschefen (the manager's task only). */
    ESCALATE;

    public String messageKey() {
        return "assignment.overdueAction." + name();
    }
}
