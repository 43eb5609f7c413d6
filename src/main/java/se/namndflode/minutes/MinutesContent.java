package se.namndflode.minutes;

/**
 * The content of a meeting's minutes that the chair and the justerare sign and that is locked by its SHA-256: a
 * canonical text (the internal, complete minutes) that is the same every time it is produced from the same recorded
 * meeting. Implemented by {@link MinutesDocuments}: the internal XHTML of the latest version (a justered version's as
 * it was signed).
 */
public interface MinutesContent {

    /**
     * The canonical content of the meeting's minutes as they stand now.
     *
     * @param meetingId the meeting's id; "not found" ({@code notFound.meeting}) for a meeting the caller may not see
     * @return the content, never null; the same string as long as the meeting's record does not change
     */
    String content(Long meetingId);
}
