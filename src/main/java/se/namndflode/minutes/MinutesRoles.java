package se.namndflode.minutes;

/** Who may read the minutes in the application (method-security expressions). */
final class MinutesRoles {

    /**
     * Staff of the meeting's municipality and the board's politicians, as the meeting pages; the internal version
     * only to a reader entitled to every confidential paragraph ({@link MinutesDocuments#audienceFor}).
     */
    static final String READERS =
            "hasAnyRole('CASE_OFFICER', 'MANAGER', 'DIRECTOR', 'REGISTRAR', 'SECRETARY', 'POLITICIAN')";

    /** The board secretary writes the minutes' own texts. */
    static final String SECRETARY = "hasRole('SECRETARY')";

    private MinutesRoles() {
    }
}
