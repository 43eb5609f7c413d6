package se.namndflode.followup;

/** The messages {@code bpmn/follow-up.bpmn} waits for (names as in the model). */
public final class FollowUpMessages {

    /** The board matter of the report ended; variable {@code reportDecided} (false: written off). */
    public static final String REPORT_DECIDED = "followup.report-decided";

    private FollowUpMessages() {
    }
}
