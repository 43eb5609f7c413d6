package se.namndflode.tasks;

import java.time.LocalDate;

/**
 * What a task of another capability's process belongs to, as the task lists show it.
 *
 * @param entityType the audit log's entity type of the subject, e.g. {@code Assignment}
 * @param entityId its id
 * @param municipalityCode its municipality (the engine's tenant)
 * @param reference what people call it ("VP2026-K04"), shown where a matter's diarienummer is
 * @param title a short title
 * @param link the path of its page, where the task's work is done ("/uppdrag/12")
 * @param boardId the board it belongs to (the lists' board filter)
 * @param board that board's name
 * @param due the day it is due (an assignment's end date), or null
 * @param overdue whether it is past that day undone
 * @param reminded whether its reminder has gone out
 */
public record TaskSubject(String entityType, Long entityId, String municipalityCode, String reference, String title,
        String link, Long boardId, String board, LocalDate due, boolean overdue, boolean reminded) {
}
