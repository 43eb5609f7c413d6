package se.namndflode.registry;

/** Who may use the registry's pages and API (method-security expressions). */
final class RegistryRoles {

    /** Staff read the registry; politicians and administrators do not (politicians read meeting material). */
    static final String STAFF = "hasAnyRole('CASE_OFFICER', 'MANAGER', 'DIRECTOR', 'REGISTRAR', 'SECRETARY')";

    /** Who registers matters and documents. */
    static final String REGISTERS = "hasAnyRole('REGISTRAR', 'CASE_OFFICER', 'MANAGER', 'SECRETARY')";

    /** Who gives others access to a confidential matter, and assigns case officers. */
    static final String GRANTS = "hasAnyRole('REGISTRAR', 'MANAGER')";

    private RegistryRoles() {
    }
}
