package se.namndflode.assignment;

/** How a finished assignment is reported to the board. */
public enum Reporting {
    /** In the follow-up report (tertialrapport, verksamhetsberättelse) of the reporting period. */
    FOLLOW_UP_REPORT,
    /** As a board matter of its own ("Redovisning av uppdrag"), decided by the board. */
    BOARD_MATTER;

    public String messageKey() {
        return "assignment.reporting." + name();
    }
}
