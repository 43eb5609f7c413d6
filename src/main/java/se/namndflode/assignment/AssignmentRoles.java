package se.namndflode.assignment;

/** Who may use the assignment pages and API ({@code @PreAuthorize} expressions; the service checks the municipality). */
final class AssignmentRoles {

    /** Staff read an assignment and its status reports. */
    static final String READ = "hasAnyRole('CASE_OFFICER', 'MANAGER', 'DIRECTOR', 'REGISTRAR', 'SECRETARY')";
    /** Managers and directors register, change, import, appoint, act on overdue, and see the overview. */
    static final String MANAGE = "hasAnyRole('MANAGER', 'DIRECTOR')";
    /** A responsible person (a case officer, manager or director) reports status and explains a deviation. */
    static final String REPORT = "hasAnyRole('CASE_OFFICER', 'MANAGER', 'DIRECTOR')";

    private AssignmentRoles() {
    }
}
