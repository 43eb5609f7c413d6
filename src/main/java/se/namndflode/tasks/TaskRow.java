package se.namndflode.tasks;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import se.namndflode.registry.MatterKind;

/**
 * One task of the board-matter process as the task lists show it: the engine's task joined with its matter
 * (only matters the user may see) and the matter's progress. {@code name} is the Swedish name of the step;
 * {@code lateMeeting}: the matter is put forward to a meeting after its answer date.
 */
public record TaskRow(String taskId, String activityId, String name, String assignee, Long matterId,
        String registryNumber, String matterUrl, String title, Long boardId, String board, MatterKind kind,
        LocalDate answerDue, boolean overdue, boolean reminded, OffsetDateTime created, boolean lateMeeting) {
}
