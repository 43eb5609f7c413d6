package se.namndflode.minutes;

/**
 * The canonical content of a meeting's minutes, what the justering signs and hashes (SHA-256) and what must never
 * change after it: the internal minutes' XHTML ({@link MinutesDocuments#render}).
 */
public interface MinutesContent {

    /** The canonical content of the meeting's latest minutes version; the same for every reader. */
    String content(Long meetingId);
}
