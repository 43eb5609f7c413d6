package se.namndflode.meeting;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A console change carried a version that is no longer the current one: someone else changed the paragraph (or
 * the attendance) meanwhile. Answered 409 with the current state, so that the console shows the other's change.
 */
class StaleConsoleState extends OptimisticLockingFailureException {

    private static final long serialVersionUID = 1L;

    StaleConsoleState(String what, long expected, long current) {
        super(what + ": version " + expected + " edited, current is " + current);
    }
}
