package se.namndflode.matter;

/** The messages the matter processes wait for (names as in {@code bpmn/board-matter.bpmn} and {@code bpmn/report-item.bpmn}). */
public final class BoardMatterMessages {

    /** The board has handled the matter; variables {@code boardOutcome}. */
    public static final String BOARD_OUTCOME = "board-matter.board-outcome";
    /** The minutes containing the decision have been approved (justerade). */
    public static final String MINUTES_APPROVED = "board-matter.minutes-approved";
    /** A manager writes the matter off (avskrivning). */
    public static final String WRITE_OFF = "board-matter.write-off";

    /** The report item was reported to the board at a meeting; variable {@code reportAgain} (standing matter). */
    public static final String ITEM_REPORTED = "report-item.reported";
    /** The minutes of the meeting the item was last reported to have been approved (justerade). */
    public static final String ITEM_MINUTES_APPROVED = "report-item.minutes-approved";
    /** A manager writes the report item off. */
    public static final String ITEM_WRITE_OFF = "report-item.write-off";

    private BoardMatterMessages() {
    }
}
