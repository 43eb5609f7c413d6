package se.namndflode.matter;

import java.time.LocalDate;

/**
 * Published when the board's decision on a matter has been justered and the justering posted on the notice
 * board (anslag): from then on the decision stands as the board's, and the three-week appeal period runs
 * (KL 13 kap. 5 §). Återremiss and bordläggning are not decisions on the matter and publish nothing.
 * Published as a Spring application event inside the engine's transaction; listeners that start work of their
 * own (assignments, follow-up) should use {@code @TransactionalEventListener}.
 *
 * @param matterId the registry's matter id
 * @param registryNumber the diarienummer, e.g. {@code SOF 2026/12} (unique only within the municipality)
 * @param municipalityCode the municipality (Camunda tenant) the matter belongs to
 * @param outcome what the board did: always {@link BoardOutcome#DECIDED}
 * @param noticeDay the day the justering was posted on the notice board
 * @param appealPeriodEnds the last day of the appeal period (moved past weekends and holidays)
 */
public record DecisionAnnounced(Long matterId, String registryNumber, String municipalityCode,
        BoardOutcome outcome, LocalDate noticeDay, LocalDate appealPeriodEnds) {
}
