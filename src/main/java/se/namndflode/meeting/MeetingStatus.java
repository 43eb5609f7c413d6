package se.namndflode.meeting;

/** Where a meeting stands, in the order it gets there (primer 3.1 and 3.7). */
public enum MeetingStatus {
    /** Planned: day, time and place set; the agenda is being put together. */
    PLANNED,
    /** The agenda is set and its paragraphs numbered; the kallelse can go out. */
    AGENDA_SET,
    /** The kallelse with the agenda has been sent to the members and substitutes. */
    KALLELSE_SENT,
    /** The meeting is in session: the paragraphs are being handled. */
    OPEN,
    /** The meeting has ended; the minutes are being drafted. */
    CLOSED,
    /** The draft minutes are done (the minutes capability takes it on from there): the justerare sign. */
    MINUTES_DRAFTED,
    /**
     * The chair and the justerare have signed: the minutes are locked (KL 8 kap.), and nothing recorded at the
     * meeting changes any more; a correction is a new version of the minutes with its own justering.
     */
    JUSTERED;

    /** Whether the minutes are justered: every change of what the meeting recorded is refused. */
    public boolean isLocked() {
        return this == JUSTERED;
    }

    public String messageKey() {
        return "meeting.status." + name();
    }
}
