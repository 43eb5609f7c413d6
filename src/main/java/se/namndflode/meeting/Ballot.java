package se.namndflode.meeting;

/** One serving person's vote, recorded by name (votes are open); a substitute's with the member they serve for. */
record Ballot(PersonRef person, BallotChoice choice, PersonRef servesFor) {
}
