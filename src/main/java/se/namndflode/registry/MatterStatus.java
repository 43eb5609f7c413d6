package se.namndflode.registry;

/** Whether a matter is still being worked on. The board-matter process moves it; the registry only records it. */
public enum MatterStatus {
    OPEN,
    CLOSED;

    public String messageKey() {
        return "matterStatus." + name();
    }
}
