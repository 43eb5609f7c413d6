package se.namndflode.registry;

/** What a matter is about, as the kinds seen in a board's minutes. */
public enum MatterKind {
    /** remiss: a consultation with a hard answer date. */
    REFERRAL,
    /** skrivelse: a party's written questions to the board. */
    INQUIRY,
    /** redovisning av uppdrag: reporting on a (budget) assignment. */
    ASSIGNMENT_REPORT,
    /** rapport. */
    REPORT,
    /** plan, e.g. the verksamhetsplan. */
    PLAN,
    /** riktlinje. */
    GUIDELINE,
    /** upphandling. */
    PROCUREMENT,
    /** avtal. */
    AGREEMENT,
    /** val / utnämning. */
    APPOINTMENT,
    /** delegationsbeslut, reported to the board. */
    DELEGATED_DECISION,
    /** anmälan / för kännedom. */
    INFORMATION,
    /** eget initiativ. */
    OWN_INITIATIVE;

    /**
     * Delegationsbeslut and anmälningar go to the board only to be reported (KL 6 kap. 40 §): no staff report, no
     * decision; they follow the short report-item process, often as a standing matter of the year.
     */
    public boolean isReportedOnly() {
        return this == DELEGATED_DECISION || this == INFORMATION;
    }

    /** A remiss must have an answer date. */
    public boolean requiresAnswerDate() {
        return this == REFERRAL;
    }

    public String messageKey() {
        return "matterKind." + name();
    }
}
