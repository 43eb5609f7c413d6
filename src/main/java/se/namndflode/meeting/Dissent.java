package se.namndflode.meeting;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import org.hibernate.annotations.BatchSize;
import java.util.List;

/**
 * A reservation in one paragraph (primer 3.6, kommunallagen 4 kap. 27 §): one or more persons who took part in the
 * decision and did not support it, in favour of a yrkande (their own or another's) or of none; announced before
 * the meeting ends, with an optional written reasoning given before the time set for justering.
 */
@Entity
@Table(name = "meeting_dissent")
class Dissent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int number;

    @ElementCollection
    @CollectionTable(name = "meeting_dissent_person", joinColumns = @JoinColumn(name = "dissent_id"))
    @OrderColumn(name = "ordinal")
    @BatchSize(size = 50)
    private List<PersonRef> persons = new ArrayList<>();
    private Integer favour;
    private String reasoning;
    private OffsetDateTime recordedAt;
    private OffsetDateTime reasonedAt;

    protected Dissent() {
    }

    Dissent(int number, List<PersonRef> persons, Integer favour, OffsetDateTime recordedAt) {
        this.number = number;
        this.persons.addAll(persons);
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
    List<PersonRef> getPersons() { return List.copyOf(persons); }
    Integer getFavour() { return favour; }
    String getReasoning() { return reasoning; }
    OffsetDateTime getRecordedAt() { return recordedAt; }
    OffsetDateTime getReasonedAt() { return reasonedAt; }
}
