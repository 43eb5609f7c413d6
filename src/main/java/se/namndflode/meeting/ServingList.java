package se.namndflode.meeting;

import java.util.List;
import java.util.Optional;

/**
 * The röstlängd of one paragraph: who serves (members first in the board's order, each substitute after the seat
 * they fill), who is present without serving (substitutes not called in), who left for jäv, who presides (the
 * chair, else the vice chair, if serving) and the quorum: more than half of the board's members must serve
 * (kommunallagen 6 kap. 27 §).
 */
record ServingList(AgendaRef paragraph, List<ServingPerson> serving, List<PersonRef> presentNotServing,
        List<PersonRef> recused, int quorum, PersonRef presiding) {

    ServingList {
        serving = List.copyOf(serving);
        presentNotServing = List.copyOf(presentNotServing);
        recused = List.copyOf(recused);
    }

    boolean hasQuorum() {
        return serving.size() >= quorum;
    }

    boolean isServing(Long personId) {
        return servingPerson(personId).isPresent();
    }

    Optional<ServingPerson> servingPerson(Long personId) {
        return serving.stream().filter(person -> person.personId().equals(personId)).findFirst();
    }

    /** Present at this paragraph, serving or not; a person with jäv has left it. */
    boolean isPresent(Long personId) {
        return isServing(personId) || presentNotServing.stream().anyMatch(person -> person.personId().equals(personId));
    }

    boolean isRecused(Long personId) {
        return recused.stream().anyMatch(person -> person.personId().equals(personId));
    }
}
