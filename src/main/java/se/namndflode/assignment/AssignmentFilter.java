package se.namndflode.assignment;

/**
 * The overview's filters; every part may be null (no filter). {@code scope}: open assignments (the default),
 * completed ones, or all. {@code overdue}: past the end date undone; {@code deviation}: off plan now (latest status
 * avvikelse, or overdue); {@code atRisk}: not overdue yet but the latest status is avvikelse or the end-date
 * reminder has gone out.
 */
public record AssignmentFilter(Long boardId, Long goalId, String responsible, Boolean overdue, Boolean deviation,
        Boolean atRisk, Scope scope) {

    public static final AssignmentFilter NONE = new AssignmentFilter(null, null, null, null, null, null, null);

    /** Which assignments: open (not completed), completed, or all. */
    public enum Scope { OPEN, COMPLETED, ALL }

    public Scope scopeOrDefault() {
        return scope == null ? Scope.OPEN : scope;
    }

    /** The same filter without its flags (overdue, deviation, at risk): what the counts are counted within. */
    public AssignmentFilter withoutFlags() {
        return new AssignmentFilter(boardId, goalId, responsible, null, null, null, scope);
    }

    public AssignmentFilter onlyOverdue() {
        return new AssignmentFilter(boardId, goalId, responsible, true, null, null, scope);
    }

    public AssignmentFilter onlyDeviating() {
        return new AssignmentFilter(boardId, goalId, responsible, null, true, null, scope);
    }

    public AssignmentFilter onlyAtRisk() {
        return new AssignmentFilter(boardId, goalId, responsible, null, null, true, scope);
    }
}
