package se.namndflode.matter;

import java.time.OffsetDateTime;

/**
 * Published when a matter's handling has ended: closed after its decision's appeal period and dispatch, or
 * written off (avskrivet) without a decision. Published inside the engine's transaction, like
 * {@link DecisionAnnounced}.
 *
 * @param matterId the registry's matter id
 * @param registryNumber the diarienummer (unique only within the municipality)
 * @param municipalityCode the municipality (Camunda tenant)
 * @param how whether the matter was closed after a decision or written off
 * @param at when, in Europe/Stockholm
 */
public record MatterClosed(Long matterId, String registryNumber, String municipalityCode, How how,
        OffsetDateTime at) {

    /** How a matter's handling ended. */
    public enum How {
        /** After the board's decision gained legal force and the extract was dispatched (or, for an item only
         * reported to the board, after the minutes were justered). */
        CLOSED,
        /** Avskrivet: ended without a decision, with a reason. */
        WRITTEN_OFF
    }
}
