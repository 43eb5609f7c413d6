package se.namndflode.tasks;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import se.namndflode.registry.MatterKind;

/**
 * One task of the board-matter process as the task lists show it: the engine's task joined with its matter's
 * register entry and the matter's progress. {@code name} is the Swedish name of the step; {@code lateMeeting}: the
 * matter is put forward to a meeting after its answer date. {@code restricted}: the matter is confidential and the
 * user not entitled to it; {@code title} is then its public title or null ("Sekretessbelagt ärende"), and the
 * answer date and progress are not given. A task of another capability's process ({@link TaskSubjects}: an
 * assignment's) has no matter: {@code registryNumber} is its subject's reference, {@code answerDue} the day it is due,
 * {@code kind} null. {@code link} is the page of what the task belongs to; {@code nameKey} and {@code kindKey} name
 * the step and the kind of subject in the user's language.
 */
public record TaskRow(String taskId, String activityId, String name, String assignee, Long matterId,
        String registryNumber, String matterUrl, String title, Long boardId, String board, MatterKind kind,
        LocalDate answerDue, boolean overdue, boolean reminded, OffsetDateTime created, boolean lateMeeting,
        boolean restricted, String link, String nameKey, String kindKey) {

    /** Whether the task belongs to another capability's subject (an assignment), whose page does its work. */
    public boolean isOtherSubject() {
        return matterId == null;
    }

    /** The row with another title (the API gives "Sekretessbelagt ärende" where a page translates it). */
    TaskRow withTitle(String newTitle) {
        return new TaskRow(taskId, activityId, name, assignee, matterId, registryNumber, matterUrl, newTitle,
                boardId, board, kind, answerDue, overdue, reminded, created, lateMeeting, restricted, link, nameKey,
                kindKey);
    }
}
