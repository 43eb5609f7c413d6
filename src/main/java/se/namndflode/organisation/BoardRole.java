package se.namndflode.organisation;

/** Ordförande or vice ordförande of a board; held by a member. */
public enum BoardRole {
    CHAIR,
    VICE_CHAIR;

    public String messageKey() {
        return "boardRole." + name();
    }
}
