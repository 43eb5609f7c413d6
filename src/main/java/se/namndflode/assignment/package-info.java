/**
 * Assignments (uppdrag): KF-uppdrag and KF-aktiviteter of the council's budget, activities of a board's
 * verksamhetsplan and assignments of a board's decision, each with its exact text, the organisation that leads it
 * and its partners (relation types as data), start and end dates, the goal it belongs to, a responsible person and
 * how it is reported. Public API: {@link se.namndflode.assignment.Assignments} (reads and changes), {@link
 * se.namndflode.assignment.AssignmentImport} (the documented import file, with a dry run), the entities as
 * read-only values and their enums and forms.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assignments")
package se.namndflode.assignment;
