package se.namndflode.meeting;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A särskilt uttalande (primer 3.6): a text entered in the minutes by one or more persons present at the paragraph,
 * members or substitutes, serving or not; independent of yrkanden. Announced at the meeting; its text may be
 * completed until the time set for justering.
 */
final class Statement {

    private int number;
    private List<PersonRef> persons;
    private String text;
    private OffsetDateTime recordedAt;
    private OffsetDateTime changedAt;

    Statement(int number, List<PersonRef> persons, String text, OffsetDateTime recordedAt) {
        this.number = number;
        this.persons = List.copyOf(persons);
        this.text = text;
        this.recordedAt = recordedAt;
        this.changedAt = recordedAt;
    }

    void changeText(String newText, OffsetDateTime at) {
        this.text = newText;
        this.changedAt = at;
    }

    int getNumber() { return number; }
    List<PersonRef> getPersons() { return persons; }
    String getText() { return text; }
    OffsetDateTime getRecordedAt() { return recordedAt; }
    OffsetDateTime getChangedAt() { return changedAt; }
}
