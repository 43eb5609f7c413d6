package se.namndflode.goal;

import java.time.LocalDate;
import java.util.List;

/**
 * The activities (aktiviteter: assignments, budgetuppdrag) of a goal as a follow-up report lists them, as of a
 * reporting period. The assignment capability implements it; without an implementation no goal has activities.
 */
public interface GoalActivities {

    /**
     * One row of the report's activity table (Aktivitet, Startdatum, Slutdatum, Avvikelse).
     *
     * @param reference what people call it ("VP2026-K01")
     * @param text the activity's exact text
     * @param startDate its start date
     * @param endDate its end date
     * @param deviation the deviation as of the period's day (the latest status report's text when it is a
     *        deviation), null when it runs to plan, as the seed leaves the cell empty
     * @param done completed by the period's day
     */
    record Activity(String reference, String text, LocalDate startDate, LocalDate endDate, String deviation,
            boolean done) {

        public boolean deviates() {
            return deviation != null;
        }
    }

    /**
     * @param municipalityCode the goal's municipality
     * @param goalIds the goals (of one plan year)
     * @param asOf the period's day in the goals' plan year: status reports after it do not count
     * @return the activities of each goal by goal id, each list in reference order; goals without any are absent
     */
    java.util.Map<Long, List<Activity>> activities(String municipalityCode, java.util.Collection<Long> goalIds,
            LocalDate asOf);
}
