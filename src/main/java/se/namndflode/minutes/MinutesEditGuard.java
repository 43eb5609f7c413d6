package se.namndflode.minutes;

/**
 * Refuses a change of the minutes' own texts once they may no longer change (after justering; KL 8 kap., primer
 * 3.7). Implemented by the justering (issue 8, part N): it throws a {@link se.namndflode.shared.web.DomainException}
 * with a Swedish message. Without an implementation nothing is locked yet.
 */
public interface MinutesEditGuard {

    /** Throws when the minutes (this version) are locked. */
    void requireEditable(Minutes minutes);
}
