package se.namndflode.meeting;

/**
 * Where the propositionsordning ended: the matter decided (by the winning alternative; null when there was
 * nothing to choose between), or referred back or tabled by the yrkande that won "ska ärendet avgöras idag?".
 */
record Verdict(Type type, Alternative winner, Integer proceduralProposal) {

    enum Type {
        DECIDED,
        REFERRED_BACK,
        TABLED
    }

    static Verdict decided(Alternative winner) {
        return new Verdict(Type.DECIDED, winner, null);
    }
}
