package se.namndflode.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * A person comes to or leaves the meeting, between paragraphs: present (ARRIVED) or absent (LEFT) from and
 * including the paragraph {@code fromParagraphId} ("från och med § 6"). An arrival with no paragraph is at the
 * start of the meeting; a departure always names the first paragraph the person misses.
 */
@Embeddable
record AttendanceChange(Long personId, @Enumerated(EnumType.STRING) @Column(length = 10) Movement movement,
        Long fromParagraphId) {

    enum Movement {
        ARRIVED,
        LEFT
    }

    AttendanceChange {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(movement, "movement");
    }
}
