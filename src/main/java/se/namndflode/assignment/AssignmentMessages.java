package se.namndflode.assignment;

/** The messages {@code bpmn/assignment.bpmn} waits for (names as in the model). */
public final class AssignmentMessages {

    /** The responsible person reported the assignment klar between reporting points: ends the work and the watch. */
    public static final String DONE = "assignment.done";
    /** The board matter reporting the assignment ended; variable {@code reportDecided} (false: written off). */
    public static final String REPORT_DECIDED = "assignment.report-decided";

    private AssignmentMessages() {
    }
}
