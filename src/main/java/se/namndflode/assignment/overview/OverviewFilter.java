package se.namndflode.assignment.overview;

/**
 * The overview's filters; every part may be null (no filter).
 *
 * @param boardId the board whose assignments and matters
 * @param unitId the unit (the board's administration, förvaltning)
 * @param responsible the user name of the responsible person: an assignment's responsible, a matter's case officer
 * @param state overdue, at risk, or (matters only) a tjänsteutlåtande waiting for review
 * @param type assignments or matters only
 * @param days how many calendar days ahead a matter's answer date makes it at risk ({@link #DEFAULT_DAYS} when null;
 *        0–365: 0 is today; a page or the API refuses another value with 400)
 */
public record OverviewFilter(Long boardId, Long unitId, String responsible, OverviewState state, ItemType type,
        Integer days) {

    public static final int DEFAULT_DAYS = 14;
    public static final int MAX_DAYS = 365;
    public static final OverviewFilter NONE = new OverviewFilter(null, null, null, null, null, null);

    public OverviewFilter {
        responsible = responsible == null || responsible.isBlank() ? null : responsible.trim();
    }

    /** The at-risk horizon in days, within 0–365 (the edge refuses other values; clamped here for other callers). */
    public int daysOrDefault() {
        return days == null ? DEFAULT_DAYS : Math.max(0, Math.min(MAX_DAYS, days));
    }

    public boolean includes(ItemType kind) {
        return type == null || type == kind;
    }

    /** The same filter with another state (the counts link to each state). */
    public OverviewFilter withState(OverviewState other) {
        return new OverviewFilter(boardId, unitId, responsible, other, type, days);
    }

    /** Assignments or board matters. */
    public enum ItemType { ASSIGNMENT, MATTER }
}
