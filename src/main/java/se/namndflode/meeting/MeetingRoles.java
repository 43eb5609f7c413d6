package se.namndflode.meeting;

/** Who may use the meeting pages (method-security expressions). */
final class MeetingRoles {

    /**
     * Staff read the meetings of their municipalities; a politician (ledamot, ersättare) those of the boards they
     * hold a seat in ({@link MeetingAccess}).
     */
    static final String READERS =
            "hasAnyRole('CASE_OFFICER', 'MANAGER', 'DIRECTOR', 'REGISTRAR', 'SECRETARY', 'POLITICIAN')";

    /** The board secretary plans and runs the meetings. */
    static final String SECRETARY = "hasRole('SECRETARY')";

    private MeetingRoles() {
    }
}
