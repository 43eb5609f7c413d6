package se.namndflode.shared.web;

/**
 * The longest text each kind of field takes, in characters: one set, used by the forms' validation, the domain's
 * checks and the database columns alike (the migrations size the columns to these), and shown next to the fields.
 * A text that a form lets through always fits where it is stored and where it is copied to (a matter's title
 * becomes its staff report's title).
 */
public final class TextLimits {

    /** A matter's, a document's or a staff report's title. */
    public static final int TITLE = 500;
    /** A name: a sender, a person, a board. */
    public static final int NAME = 200;
    /** A reference such as the sender's diarienummer. */
    public static final int REFERENCE = 100;
    /** A reason (återremiss, write-off, a late meeting) or a comment to the case officer. */
    public static final int REASON = 2000;
    /** One numbered decision point of a staff report. */
    public static final int DECISION_POINT = 2000;
    /** One line of a staff report's list of attachments. */
    public static final int ATTACHMENT_LINE = 500;
    /** A staff report's summary. */
    public static final int SUMMARY = 8000;
    /** A long text: background, assessment, the decision points together. */
    public static final int LONG_TEXT = 20000;

    private TextLimits() {
    }

    /**
     * The text, if it is no longer than {@code limit}; otherwise the refusal "validation.tooLong" for the field,
     * with the limit in its message. For the domain's own checks of what did not pass a form (the API, the coming
     * meeting console).
     *
     * @throws DomainException (422) when the text is too long
     */
    public static String requireAtMost(String text, int limit, String field) {
        if (text != null && text.length() > limit) {
            throw DomainException.invalid(field, "validation.tooLong.max", limit);
        }
        return text;
    }
}
