package se.namndflode.meeting;

import se.namndflode.organisation.BoardRole;
import se.namndflode.organisation.BoardSeat;
import se.namndflode.organisation.SeatType;

/**
 * One seat of the board on the meeting day: the person, member or substitute, chair or vice chair, and for a
 * substitute the place in the inkallelseordning within the party group (1 first).
 */
record SeatHolder(PersonRef person, SeatType type, BoardRole role, Integer substituteOrder) {

    static SeatHolder of(BoardSeat seat) {
        return new SeatHolder(new PersonRef(seat.getPerson().getId(), seat.getPerson().getFullName(),
                seat.getParty().getCode()), seat.getSeatType(), seat.getBoardRole(), seat.getSubstituteOrder());
    }

    static SeatHolder member(PersonRef person, BoardRole role) {
        return new SeatHolder(person, SeatType.MEMBER, role, null);
    }

    static SeatHolder substitute(PersonRef person, int order) {
        return new SeatHolder(person, SeatType.SUBSTITUTE, null, order);
    }

    Long personId() {
        return person.personId();
    }

    String partyCode() {
        return person.partyCode();
    }

    boolean isMember() {
        return type == SeatType.MEMBER;
    }

    int order() {
        return substituteOrder == null ? Integer.MAX_VALUE : substituteOrder;
    }
}
