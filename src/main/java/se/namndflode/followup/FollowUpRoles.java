package se.namndflode.followup;

/** Who may do what with follow-ups, as {@code @PreAuthorize} expressions. */
final class FollowUpRoles {

    /** Staff read follow-ups, their progress and the report. */
    static final String READ = "hasAnyRole('CASE_OFFICER', 'MANAGER', 'DIRECTOR', 'SECRETARY', 'REGISTRAR', 'ADMIN')";
    /** Indicator owners and officials enter outcomes and assess goals. */
    static final String WORK = "hasAnyRole('CASE_OFFICER', 'MANAGER', 'DIRECTOR')";
    /** Managers start follow-ups and decide on missing outcomes. */
    static final String MANAGE = "hasAnyRole('MANAGER', 'DIRECTOR')";

    private FollowUpRoles() {
    }
}
