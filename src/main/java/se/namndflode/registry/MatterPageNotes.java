package se.namndflode.registry;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What another capability has to tell a person on a matter's page, above its documents: e.g. why the staff
 * report came back to the case officer (the reviewer's comment, the board's reason for återremiss). The
 * registry shows the notes of every implementation; it calls them only for a matter the user may see.
 */
public interface MatterPageNotes {

    /** A note on the matter page: a heading (message key), the text, who wrote it and when (may be null). */
    record Note(String headingKey, String text, String by, OffsetDateTime at) {
    }

    /** The notes for this matter, in the order they should be shown; empty when there is nothing to say. */
    List<Note> notes(Long matterId);
}
