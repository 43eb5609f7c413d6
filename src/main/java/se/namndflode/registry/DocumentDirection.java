package se.namndflode.registry;

/** Whether a document came in, went out, or was drawn up within the administration. */
public enum DocumentDirection {
    IN,
    OUT,
    INTERNAL;

    public String messageKey() {
        return "documentDirection." + name();
    }
}
