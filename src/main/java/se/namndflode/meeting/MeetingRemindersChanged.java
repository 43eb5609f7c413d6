package se.namndflode.meeting;

/**
 * Published, in the transaction of the change, when a meeting's reminder (kallelse, justering, notice) is recorded,
 * which the secretary's task list shows.
 *
 * @param meetingId the meeting's id
 */
public record MeetingRemindersChanged(Long meetingId) {
}
