package se.namndflode.matter;

/** Who may use the matter pages and API (method-security expressions). */
final class MatterRoles {

    /** Staff who work with matters read the staff report and the handling. */
    static final String STAFF = "hasAnyRole('CASE_OFFICER', 'MANAGER', 'DIRECTOR', 'REGISTRAR', 'SECRETARY')";

    /** The board secretary records the board's handling and the justering (until the meeting capability). */
    static final String SECRETARY = "hasRole('SECRETARY')";

    /** A manager writes a matter off. */
    static final String MANAGER = "hasRole('MANAGER')";

    private MatterRoles() {
    }
}
