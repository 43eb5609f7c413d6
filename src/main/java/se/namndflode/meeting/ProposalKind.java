package se.namndflode.meeting;

/**
 * What a yrkande asks for (primer 3.3): bifall to the administration's proposal, avslag, återremiss (with a
 * reason), bordläggning, ändring/tillägg to the administration's proposal, or an own proposal in att-satser.
 * Återremiss and bordläggning are procedural: they are put first, as "ska ärendet avgöras idag?" (primer 3.4).
 */
enum ProposalKind {
    APPROVE,
    REJECT,
    REFER_BACK,
    POSTPONE,
    AMEND,
    OWN;

    boolean isProcedural() {
        return this == REFER_BACK || this == POSTPONE;
    }

    /** An alternative of its own in the main question (bifall is the administration's proposal itself). */
    boolean isSubstantiveAlternative() {
        return this == REJECT || this == AMEND || this == OWN;
    }

    String messageKey() {
        return "meeting.proposalKind." + name();
    }
}
