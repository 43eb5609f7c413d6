package se.namndflode.organisation;

/** Ledamot (member) or ersättare (substitute). */
public enum SeatType {
    MEMBER,
    SUBSTITUTE;

    public String messageKey() {
        return "seatType." + name();
    }
}
