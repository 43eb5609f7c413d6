package se.namndflode.meeting;

import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * The secretary's record that a substitute serves in a member's seat, from a paragraph (null: the start) until a
 * paragraph (null: the end), both included. It applies only where the member is absent or has jäv: a member who
 * comes back takes the seat back between paragraphs. Where no substitution is recorded the board's order calls
 * substitutes in ({@link Attendance}).
 */
@Embeddable
record Substitution(Long substituteId, Long memberId, Long fromParagraphId, Long untilParagraphId) {

    Substitution {
        Objects.requireNonNull(substituteId, "substituteId");
        Objects.requireNonNull(memberId, "memberId");
    }
}
