package se.namndflode.tasks;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * One row of the task read model ({@code task_item}): an open user task of the engine with what the lists show of
 * its subject. The engine's part (assignee, candidate roles, due day) comes from the task listeners, the subject's
 * part from the subject's module ({@link Subject}).
 */
record TaskItem(String taskId, String processInstanceId, String taskKey, String taskName, String municipalityCode,
        String assignee, Set<String> roles, OffsetDateTime created, LocalDate taskDue, Subject subject) {

    /**
     * What a task's row says about its subject. {@code type} and {@code id} key it (the audit log's entity type:
     * {@code Matter}, {@code MEETING}, {@code Assignment}, ...); {@code nameKey} and {@code kindKey} name the step
     * and the kind of subject; {@code due} is the day the lists show and sort by; {@code overdueByDate}: overdue
     * once {@code due} has passed (rather than by the subject's own flag {@code overdue}).
     */
    record Subject(String type, Long id, String nameKey, String kindKey, String reference, String numberPrefix,
            Integer numberYear, Integer numberSerial, String urlNumber, String title, String publicTitle,
            String link, Long boardId, String boardName, String matterKind, boolean confidential,
            Long caseOfficerId, LocalDate due, boolean overdue, boolean overdueByDate, boolean reminded,
            boolean lateMeeting) {
    }
}
