package se.namndflode.meeting;

/** Ja, Nej or Avstår in an open vote (primer 3.5). */
enum BallotChoice {
    YES,
    NO,
    ABSTAIN;

    /** "ja", "nej", "avstår": as the minutes' roll call prints them. */
    String word() {
        return switch (this) {
            case YES -> "ja";
            case NO -> "nej";
            case ABSTAIN -> "avstår";
        };
    }
}
