package se.namndflode.goal;

/** Who may do what with goals, as {@code @PreAuthorize} expressions. */
final class GoalRoles {

    /** Staff read goals, indicators, outcomes, proposals and assessments. */
    static final String READ = "hasAnyRole('CASE_OFFICER', 'MANAGER', 'DIRECTOR', 'SECRETARY', 'REGISTRAR', 'ADMIN')";
    /** Indicator owners and responsible officials enter outcomes and assess goals. */
    static final String WORK = "hasAnyRole('CASE_OFFICER', 'MANAGER', 'DIRECTOR')";
    /**
     * The follow-up dashboard, the compiled reports and their exports: managers and the board (politicians), the
     * secretaries who prepare its matters and the officials who write the reports.
     */
    static final String DASHBOARD = "hasAnyRole('CASE_OFFICER', 'MANAGER', 'DIRECTOR', 'SECRETARY', 'POLITICIAN', "
            + "'ADMIN')";
    /** The goal model, its import and the decision tables are the administrator's. */
    static final String ADMIN = "hasRole('ADMIN')";

    private GoalRoles() {
    }
}
