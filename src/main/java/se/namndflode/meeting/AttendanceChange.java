package se.namndflode.meeting;

import java.util.Objects;

/**
 * A person comes to or leaves the meeting, between paragraphs: present (ARRIVED) or absent (LEFT) from and
 * including the paragraph {@code fromParagraphId} ("från och med § 6"). An arrival with no paragraph is at the
 * start of the meeting; a departure always names the first paragraph the person misses.
 */
record AttendanceChange(Long personId, Movement movement, Long fromParagraphId) {

    enum Movement {
        ARRIVED,
        LEFT
    }

    AttendanceChange {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(movement, "movement");
    }
}
