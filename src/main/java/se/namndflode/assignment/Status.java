package se.namndflode.assignment;

/** The responsible person's status of an assignment at a reporting point. */
public enum Status {
    /** Enligt plan. */
    ON_TRACK,
    /** Avvikelse: off plan, with an explanation. */
    DEVIATION,
    /** Klar. */
    DONE;

    public String messageKey() {
        return "assignment.status." + name();
    }
}
