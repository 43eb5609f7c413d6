package se.namndflode.meeting;

import java.util.Objects;

/** A paragraph as the attendance rules and messages name it: its id and its label ("§ 6"). */
record AgendaRef(Long paragraphId, String label) {

    AgendaRef {
        Objects.requireNonNull(paragraphId, "paragraphId");
        Objects.requireNonNull(label, "label");
    }
}
