package se.namndflode.minutes;

import java.util.Optional;

/**
 * The seal of justered minutes for their PDF: who justered them, when, and the SHA-256 of their content (issue 8:
 * "shown on the page and printed in the PDF"). Implemented by the justering; empty while the minutes are not
 * justered.
 */
public interface MinutesSeal {

    /**
     * The seal of one version of the minutes (1, a correction 2..): "Justerat 2023-12-15 av A (ordförande), B
     * (justerare). SHA-256: …" with that version's own hash, "Justerat efter sista dagen ..." when late; empty while
     * that version is not justered.
     */
    Optional<String> seal(Long meetingId, int version);
}
