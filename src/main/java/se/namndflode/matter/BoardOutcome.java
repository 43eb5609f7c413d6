package se.namndflode.matter;

/** What the board did with the matter at a meeting. */
public enum BoardOutcome {
    /** Beslutat: the process goes on to justering. */
    DECIDED,
    /** Återremiss: back to the administration for more work, with the board's reason. */
    REFER_BACK,
    /** Bordläggning: to a later meeting, unchanged. */
    POSTPONE
}
