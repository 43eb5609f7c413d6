package se.namndflode.organisation;

/**
 * How a board numbers the paragraphs of its minutes (primer 3.7): from § 1 in each meeting (Stockholm's
 * Socialnämnden, the seed) or on through the calendar year.
 */
public enum ParagraphNumbering {
    PER_MEETING,
    PER_YEAR;

    public String messageKey() {
        return "paragraphNumbering." + name();
    }
}
