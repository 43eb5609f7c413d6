package se.namndflode.registry;

import java.util.List;

/**
 * Where a matter stands, as another capability knows it, for the facts at the top of the matter's page: the step
 * it waits in and who holds it, the meeting it is planned for. The registry shows the facts of every
 * implementation; it calls them only for a matter the user may see.
 */
public interface MatterPageFacts {

    /**
     * One fact: its label (message key) and its text, already in words; {@code link} a page of the application
     * the text leads to, or null.
     */
    record Fact(String labelKey, String text, String link) {
    }

    /** The facts for this matter, in the order they should be shown; empty when there is nothing to say. */
    List<Fact> facts(Long matterId);
}
