package se.namndflode.registry;

/** The type of a registered document (handling). */
public enum DocumentType {
    /** tjänsteutlåtande. */
    STAFF_REPORT,
    /** bilaga. */
    ATTACHMENT,
    /** remiss. */
    REFERRAL,
    /** skrivelse (from a party). */
    INQUIRY,
    /** protokollsutdrag. */
    MINUTES_EXTRACT,
    /** skrivelse / brev. */
    LETTER,
    /** beslut. */
    DECISION,
    OTHER;

    public String messageKey() {
        return "documentType." + name();
    }
}
