package se.namndflode.meeting;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A reservation in one paragraph (primer 3.6, kommunallagen 4 kap. 27 §): one or more persons who took part in the
 * decision and did not support it, in favour of a yrkande (their own or another's) or of none; announced before
 * the meeting ends, with an optional written reasoning given before the time set for justering.
 */
final class Dissent {

    private int number;
    private List<PersonRef> persons;
    private Integer favour;
    private String reasoning;
    private OffsetDateTime recordedAt;
    private OffsetDateTime reasonedAt;

    Dissent(int number, List<PersonRef> persons, Integer favour, OffsetDateTime recordedAt) {
        this.number = number;
        this.persons = List.copyOf(persons);
        this.favour = favour;
        this.recordedAt = recordedAt;
    }

    void reason(String text, OffsetDateTime at) {
        this.reasoning = text;
        this.reasonedAt = at;
    }

    boolean includes(Long personId) {
        return persons.stream().anyMatch(person -> person.personId().equals(personId));
    }

    int getNumber() { return number; }
    List<PersonRef> getPersons() { return persons; }
    Integer getFavour() { return favour; }
    String getReasoning() { return reasoning; }
    OffsetDateTime getRecordedAt() { return recordedAt; }
    OffsetDateTime getReasonedAt() { return reasonedAt; }
}
