package se.namndflode.meeting;

/** The messages the meeting process waits for (names as in {@code bpmn/meeting.bpmn}). */
public final class MeetingMessages {

    /** The agenda is set and its paragraphs numbered: the kallelse can go out. */
    public static final String AGENDA_SET = "meeting.agenda-set";
    /**
     * The meeting was opened before a kallelse was sent through the system (sent otherwise): the preparation
     * ends and the meeting is held.
     */
    public static final String OPENED = "meeting.opened";

    private MeetingMessages() {
    }
}
