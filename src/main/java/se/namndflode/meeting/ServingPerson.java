package se.namndflode.meeting;

/**
 * A person serving (tjänstgörande) in one paragraph: a member in the own seat, or a substitute in the seat of
 * {@code servesFor}; {@code calledInByOrder}: the substitute was called in by the board's order, not by a
 * recorded substitution.
 */
record ServingPerson(PersonRef person, boolean substitute, PersonRef servesFor, boolean calledInByOrder) {

    Long personId() {
        return person.personId();
    }
}
