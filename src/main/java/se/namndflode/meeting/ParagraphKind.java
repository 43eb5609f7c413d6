package se.namndflode.meeting;

/** What an agenda item is. */
public enum ParagraphKind {
    /** A standard item of the board's agenda template (Val av justerare, Övrigt, ...). */
    STANDARD,
    /** A board matter the board decides (its board-matter process waits for the outcome). */
    MATTER,
    /** A delegationsbeslut or anmälan, only reported to the board (its report-item process waits). */
    REPORT_ITEM;

    public String messageKey() {
        return "meeting.kind." + name();
    }
}
