package se.namndflode.organisation;

/** Kommunfullmäktige, kommunstyrelsen, or a nämnd. One council and one executive board per municipality. */
public enum BoardKind {
    COUNCIL,
    EXECUTIVE_BOARD,
    BOARD;

    public String messageKey() {
        return "boardKind." + name();
    }
}
