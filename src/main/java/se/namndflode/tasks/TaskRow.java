package se.namndflode.tasks;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import se.namndflode.registry.MatterKind;

/**
 * One task as the task lists show it: a task of a matter's process joined with its matter (only matters the user
 * may see) and the matter's progress, or a task of a meeting's process joined with its meeting ({@code meetingId}
 * set; the matter's parts are null, {@code title} names the meeting and {@code answerDue} is the task's due day).
 * {@code name} is the Swedish name of the step; {@code reminded}: the answer-date reminder, or for a meeting the
 * kallelse reminder, has gone out; {@code lateMeeting}: the matter is put forward to a meeting after its answer
 * date.
 */
public record TaskRow(String taskId, String activityId, String name, String assignee, Long matterId,
        String registryNumber, String matterUrl, String title, Long boardId, String board, MatterKind kind,
        LocalDate answerDue, boolean overdue, boolean reminded, OffsetDateTime created, boolean lateMeeting,
        Long meetingId) {

    /** Whether the task belongs to a meeting (not to a matter). */
    public boolean isMeetingTask() {
        return meetingId != null;
    }
}
