package se.namndflode.meeting;

import jakarta.persistence.Embeddable;
import java.util.Objects;

/** Jäv: the person leaves the handling of this paragraph (kommunallagen 6 kap. 28–30 §§); a substitute may serve. */
@Embeddable
record Recusal(Long personId, Long paragraphId) {

    Recusal {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(paragraphId, "paragraphId");
    }
}
