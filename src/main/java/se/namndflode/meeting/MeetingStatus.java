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
    /** The draft minutes are done (the minutes capability takes it on from there). */
    MINUTES_DRAFTED;

    public String messageKey() {
        return "meeting.status." + name();
    }
}
