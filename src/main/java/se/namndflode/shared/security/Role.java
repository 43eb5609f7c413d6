package se.namndflode.shared.security;

/**
 * The roles a user account can hold. Staff roles follow the glossary; {@link #POLITICIAN} is the account of
 * a member or substitute (ledamot/ersättare) who reads material and signs minutes.
 */
public enum Role {
    CASE_OFFICER("handlaggare"),
    MANAGER("chef"),
    DIRECTOR("forvaltningschef"),
    REGISTRAR("registrator"),
    SECRETARY("sekreterare"),
    ADMIN("admin"),
    POLITICIAN("ledamot");

    private final String startPage;

    Role(String startPage) {
        this.startPage = startPage;
    }

    /** The path segment of this role's start page: {@code /start/<segment>}. */
    public String startPage() {
        return startPage;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** Message key of the role's Swedish/English name. */
    public String messageKey() {
        return "role." + name();
    }
}
