package se.namndflode.assignment;

/** Where an assignment comes from. */
public enum Source {
    /** KF-uppdrag: an assignment in the council's budget of a year. */
    COUNCIL_ASSIGNMENT,
    /** KF-aktivitet: an activity under a council goal in the budget of a year ("Socialnämnden ska i samråd med"). */
    COUNCIL_ACTIVITY,
    /** An activity of the board's own verksamhetsplan of a year. */
    OPERATIONAL_PLAN,
    /** A board decision ("uppdrar till förvaltningen att ..."), linked to its matter and paragraph. */
    BOARD_DECISION;

    /** Whether the source is a document of a year (the budget or the plan), whose year must be given. */
    public boolean hasYear() {
        return this != BOARD_DECISION;
    }

    public String messageKey() {
        return "assignment.source." + name();
    }
}
