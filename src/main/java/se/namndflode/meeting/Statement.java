package se.namndflode.meeting;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
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
 * A särskilt uttalande (primer 3.6): a text entered in the minutes by one or more persons present at the paragraph,
 * members or substitutes, serving or not; independent of yrkanden. Announced at the meeting; its text may be
 * completed until the time set for justering.
 */
@Entity
@Table(name = "meeting_statement")
class Statement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int number;

    @ElementCollection
    @CollectionTable(name = "meeting_statement_person", joinColumns = @JoinColumn(name = "statement_id"))
    @OrderColumn(name = "ordinal")
    @BatchSize(size = 50)
    private List<PersonRef> persons = new ArrayList<>();

    @Column(name = "statement_text")
    private String text;
    private OffsetDateTime recordedAt;
    private OffsetDateTime changedAt;

    protected Statement() {
    }

    Statement(int number, List<PersonRef> persons, String text, OffsetDateTime recordedAt) {
        this.number = number;
        this.persons.addAll(persons);
        this.text = text;
        this.recordedAt = recordedAt;
        this.changedAt = recordedAt;
    }

    void changeText(String newText, OffsetDateTime at) {
        this.text = newText;
        this.changedAt = at;
    }

    int getNumber() { return number; }
    List<PersonRef> getPersons() { return List.copyOf(persons); }
    String getText() { return text; }
    OffsetDateTime getRecordedAt() { return recordedAt; }
    OffsetDateTime getChangedAt() { return changedAt; }
}
