/**
 * Goals and indicators (måluppfyllelse): the goal model as data per municipality (levels, rating scales,
 * reporting periods; set up by a JSON import with a dry run), goals with expected results, indicators with their
 * targets, outcomes per period, rating proposals from the municipality's DMN tables ({@code indicator-rating},
 * {@code goal-rating}, per Camunda tenant) and the official's assessment. Public API: {@link
 * se.namndflode.goal.Goals}, {@link se.namndflode.goal.GoalRatings}, {@link se.namndflode.goal.GoalModelImport},
 * {@link se.namndflode.goal.RatingDecisions}, the entities as read-only values, the forms, and the extension
 * point {@link se.namndflode.goal.AssignmentDeviations} for the assignment capability.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Goals and indicators")
package se.namndflode.goal;
