package se.namndflode.meeting;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;

/**
 * One question the chair put, numbered in the paragraph: its kind, the yrkande it is about (for "avgöras idag"),
 * the alternatives, what the chair found by acclamation, the vote if one was demanded, and the result (the
 * finding, or the vote's result once the vote is closed).
 */
@Entity
@Table(name = "meeting_question")
class Question {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int number;

    @Enumerated(EnumType.STRING)
    private QuestionKind kind;

    private Integer subject;

    @ElementCollection
    @CollectionTable(name = "meeting_question_alternative", joinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "ordinal")
    @Column(name = "alternative")
    @Convert(converter = AlternativeConverter.class)
    @BatchSize(size = 50)
    private List<Alternative> alternatives = new ArrayList<>();

    @Convert(converter = AlternativeConverter.class)
    private Alternative finding;

    @OneToOne(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "vote_id")
    private Vote vote;

    @Convert(converter = AlternativeConverter.class)
    private Alternative result;

    protected Question() {
    }

    Question(int number, QuestionKind kind, Integer subject, List<Alternative> alternatives, Alternative finding) {
        this.number = number;
        this.kind = kind;
        this.subject = subject;
        this.alternatives.addAll(alternatives);
        this.finding = finding;
        this.result = finding;
    }

    void startVote(Vote newVote) {
        this.vote = newVote;
        this.result = null;
    }

    void settle(Alternative voted) {
        this.result = voted;
    }

    void cancelVote() {
        this.vote = null;
        this.result = finding;
    }

    /** Whether the question has its answer: no vote, or a closed one. */
    boolean isSettled() {
        return result != null;
    }

    int getNumber() { return number; }
    QuestionKind getKind() { return kind; }
    Integer getSubject() { return subject; }
    List<Alternative> getAlternatives() { return List.copyOf(alternatives); }
    Alternative getFinding() { return finding; }
    Vote getVote() { return vote; }
    Alternative getResult() { return result; }
}
