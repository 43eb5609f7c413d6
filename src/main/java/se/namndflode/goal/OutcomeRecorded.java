package se.namndflode.goal;

/**
 * An indicator's outcome for a reporting period was recorded (or changed). Published as a Spring application event
 * inside the recording transaction, after the outcome is saved: a listener that throws refuses the change (nothing
 * is saved), which is how a capability that follows the period (the follow-up) keeps its process in step.
 *
 * @param municipalityCode the indicator's municipality
 * @param planYear the plan year
 * @param periodCode the reporting period's code ({@code T1}, {@code T2}, {@code ANNUAL})
 * @param indicatorId the indicator
 */
public record OutcomeRecorded(String municipalityCode, int planYear, String periodCode, long indicatorId) {
}
