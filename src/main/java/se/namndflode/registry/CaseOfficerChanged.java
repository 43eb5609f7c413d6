package se.namndflode.registry;

/**
 * Published (as a Spring application event, inside the changing transaction) when a matter's case officer
 * has been changed or removed, so that work held by the case officer (the board-matter process's preparation
 * task) follows the matter. A listener's refusal undoes the change.
 *
 * @param matterId the matter
 * @param caseOfficerId the new case officer's account id, or null when the matter has none
 */
public record CaseOfficerChanged(Long matterId, Long caseOfficerId) {
}
