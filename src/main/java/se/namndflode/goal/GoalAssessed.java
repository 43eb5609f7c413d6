package se.namndflode.goal;

/**
 * The official assessed a goal for a reporting period. Published as a Spring application event inside the
 * assessing transaction, after the assessment is saved: a listener that throws refuses the assessment (nothing is
 * saved), which is how the follow-up refuses a goal assessed before its child goals are decided.
 *
 * @param municipalityCode the goal's municipality
 * @param planYear the plan year
 * @param periodCode the reporting period's code
 * @param goalId the goal
 */
public record GoalAssessed(String municipalityCode, int planYear, String periodCode, long goalId) {
}
