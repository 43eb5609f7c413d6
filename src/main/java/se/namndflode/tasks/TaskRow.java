package se.namndflode.tasks;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import se.namndflode.registry.MatterKind;

/**
 * One task as the task lists show it: a task of a matter's process joined with its matter's register entry and the
 * matter's progress, or a task of a meeting's process joined with its meeting ({@code meetingId} set; the matter's
 * parts are null, {@code title} names the meeting and {@code answerDue} is the task's due day). {@code name} is the
 * Swedish name of the step; {@code reminded}: the answer-date reminder, or for a meeting the kallelse reminder, has
 * gone out; {@code lateMeeting}: the matter is put forward to a meeting after its answer date. {@code restricted}:
 * the matter is confidential and the user not entitled to it; {@code title} is then its public title or null
 * ("Sekretessbelagt ärende"), and the answer date and progress are not given.
 */
public record TaskRow(String taskId, String activityId, String name, String assignee, Long matterId,
        String registryNumber, String matterUrl, String title, Long boardId, String board, MatterKind kind,
        LocalDate answerDue, boolean overdue, boolean reminded, OffsetDateTime created, boolean lateMeeting,
        boolean restricted, Long meetingId) {

    /** The row with another title (the API gives "Sekretessbelagt ärende" where a page translates it). */
    TaskRow withTitle(String newTitle) {
        return new TaskRow(taskId, activityId, name, assignee, matterId, registryNumber, matterUrl, newTitle,
                boardId, board, kind, answerDue, overdue, reminded, created, lateMeeting, restricted, meetingId);
    }

    /** Whether the task belongs to a meeting (not to a matter). */
    public boolean isMeetingTask() {
        return meetingId != null;
    }
}
