package se.namndflode.minutes;

import java.util.Optional;

/**
 * The seal of justered minutes for their PDF: who justered them, when, and the SHA-256 of their content (issue 8:
 * "shown on the page and printed in the PDF"). Implemented by the justering; empty while the minutes are not
 * justered.
 */
public interface MinutesSeal {

    /** "Justerat 2023-12-15 av A (ordförande), B (justerare). SHA-256: …", or empty before justering. */
    Optional<String> seal(Long meetingId);
}
