package se.namndflode.meeting;

/** How the board handled a paragraph. Which outcome fits which {@link ParagraphKind} is {@link #fits}. */
public enum ParagraphOutcome {
    /** Beslutat: the board decided (a matter, or a standard item such as the approval of the agenda). */
    DECIDED,
    /** Återremitterat: a matter sent back to the administration, with the board's reason. */
    REFERRED_BACK,
    /** Bordlagt: a matter put off to a later meeting, unchanged. */
    TABLED,
    /** Anmält: a report item reported to the board. */
    REPORTED,
    /** Noterat: a standard item handled without a decision of its own (information, members' questions). */
    NOTED,
    /** Utgick: a standard item the board did not take up (the minutes say so rather than leave it without words). */
    WITHDRAWN;

    /** Whether a paragraph of this kind can have this outcome. */
    public boolean fits(ParagraphKind kind) {
        return switch (kind) {
            case STANDARD -> this == DECIDED || this == NOTED || this == WITHDRAWN;
            case MATTER -> this == DECIDED || this == REFERRED_BACK || this == TABLED;
            case REPORT_ITEM -> this == REPORTED;
        };
    }

    public String messageKey() {
        return "meeting.outcome." + name();
    }
}
