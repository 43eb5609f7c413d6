package se.namndflode.assignment.overview;

import java.time.LocalDate;
import se.namndflode.assignment.overview.OverviewFilter.ItemType;

/**
 * One row of the overview: an assignment or a board matter.
 *
 * @param id the assignment's or matter's id
 * @param reference the assignment's reference ("VP2026-K04") or the matter's diarienummer ("SOF 2026/12")
 * @param title the assignment's text or the matter's title (a manager is entitled to a confidential one)
 * @param publicTitle what may leave the application of a confidential matter (e-mail): its public title or null
 * @param responsible the user name of the responsible person or case officer; null when none
 * @param due the end date or the answer date; null for a matter without one
 * @param awaitingReview whether the matter's tjänsteutlåtande waits for review (the manager's or the director's)
 * @param municipalityCode the municipality, for the matter's address
 * @param version the assignment's or the registry matter's version (optimistic lock) as read: the reassign form
 *        sends it back, a change made meanwhile refuses the reassignment (409)
 * @param reviewStep the step the tjänsteutlåtande waits in, null unless {@code awaitingReview}
 */
public record OverviewItem(ItemType type, Long id, String reference, String title, String publicTitle,
        boolean confidential, Long boardId, String boardName, String unitName, String responsible,
        String responsibleName, LocalDate due, OverviewState state, boolean awaitingReview, String municipalityCode,
        long version, ReviewStep reviewStep) {

    /**
     * The message key of the item's state as a reader needs it: for a matter in the review state the step its
     * tjänsteutlåtande waits in (the manager's review or the director's approval), otherwise the state.
     */
    public String stateKey() {
        return state == OverviewState.REVIEW && reviewStep != null ? reviewStep.messageKey() : state.messageKey();
    }

    /** The message key of the step the matter's tjänsteutlåtande waits in; null when it waits in neither. */
    public String reviewStepKey() {
        return reviewStep == null ? null : reviewStep.messageKey();
    }

    /** The item's page: the assignment, or the matter by its qualified address ({@code sjostad:SOF-2026-12}). */
    public String link() {
        return type == ItemType.ASSIGNMENT ? "/uppdrag/" + id
                : "/arenden/" + municipalityCode + ":" + reference.replace(' ', '-').replace('/', '-');
    }

    /** The title as an e-mail may carry it: a confidential matter only by its public title, or by its number. */
    public String mailTitle() {
        return confidential ? (publicTitle == null ? "Sekretessbelagt ärende" : publicTitle) : title;
    }
}
