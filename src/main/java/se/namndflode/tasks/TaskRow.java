package se.namndflode.tasks;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import se.namndflode.registry.MatterKind;

/**
 * One task as the task lists show it. A task of a matter's process is joined with its matter's register entry and
 * the matter's progress. A task of a meeting's process is joined with its meeting ({@code meetingId} set; the
 * matter's parts are null, {@code title} names the meeting and {@code answerDue} is the task's due day). A task of
 * another capability's process ({@link TaskSubjects}: an assignment's) has no matter: {@code registryNumber} is its
 * subject's reference, {@code answerDue} the day it is due, {@code kind} null. {@code name} is the Swedish name of
 * the step; {@code reminded}: the answer-date reminder, for a meeting the kallelse reminder, or the subject's
 * reminder has gone out; {@code lateMeeting}: the matter is put forward to a meeting after its answer date.
 * {@code restricted}: the matter is confidential and the user not entitled to it; {@code title} is then its public
 * title or null ("Sekretessbelagt ärende"), and the answer date and progress are not given. {@code link} is the page
 * of what the task belongs to (the matter, the meeting, the assignment); {@code nameKey} and {@code kindKey} name
 * the step and the kind of subject in the user's language.
 */
public record TaskRow(String taskId, String activityId, String name, String assignee, Long matterId,
        String registryNumber, String matterUrl, String title, Long boardId, String board, MatterKind kind,
        LocalDate answerDue, boolean overdue, boolean reminded, OffsetDateTime created, boolean lateMeeting,
        boolean restricted, Long meetingId, String link, String nameKey, String kindKey) {

    /** The row with another title (the API gives "Sekretessbelagt ärende" where a page translates it). */
    TaskRow withTitle(String newTitle) {
        return new TaskRow(taskId, activityId, name, assignee, matterId, registryNumber, matterUrl, newTitle,
                boardId, board, kind, answerDue, overdue, reminded, created, lateMeeting, restricted, meetingId, link,
                nameKey, kindKey);
    }

    /**
     * Whether the task's work needs only its matter's register entry ({@link TaskList#ENTRY_STEPS}), so that a
     * candidate not entitled to a confidential matter may take and do it; a restricted task that is not is left to
     * the entitled (the lists do not offer to take it and say why).
     */
    public boolean isEntryWork() {
        return matterId != null && TaskList.ENTRY_STEPS.contains(activityId);
    }

    /** Whether the user may take the task from a list: it is theirs to do unless its content is withheld from them. */
    public boolean isTakeable() {
        return !restricted || isEntryWork();
    }

    /** Whether the task belongs to a meeting (not to a matter): its page leads to the meeting's, where it is done. */
    public boolean isMeetingTask() {
        return meetingId != null;
    }

    /** Whether the task belongs to another capability's subject (an assignment), whose page does its work. */
    public boolean isOtherSubject() {
        return matterId == null && meetingId == null;
    }
}
