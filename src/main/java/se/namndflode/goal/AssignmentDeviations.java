package se.namndflode.goal;

/**
 * How many of a goal's assignments (uppdrag) have a deviation (avvikelse) as of a reporting period. The
 * assignment capability implements it when it lands; until then no goal has assignments.
 */
public interface AssignmentDeviations {

    /**
     * @param municipalityCode the goal's municipality
     * @param goalId the goal
     * @param period the reporting period (its as-of day in the goal's plan year is the day that counts)
     * @return the number of the goal's assignments with a deviation, 0 or more
     */
    int count(String municipalityCode, long goalId, ReportingPeriod period);
}
