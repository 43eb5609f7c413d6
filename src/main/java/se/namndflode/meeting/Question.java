package se.namndflode.meeting;

import java.util.List;

/**
 * One question the chair put, numbered in the paragraph: its kind, the yrkande it is about (for "avgöras idag"),
 * the alternatives, what the chair found by acclamation, the vote if one was demanded, and the result (the
 * finding, or the vote's result once the vote is closed).
 */
final class Question {

    private int number;
    private QuestionKind kind;
    private Integer subject;
    private List<Alternative> alternatives;
    private Alternative finding;
    private Vote vote;
    private Alternative result;

    Question(int number, QuestionKind kind, Integer subject, List<Alternative> alternatives, Alternative finding) {
        this.number = number;
        this.kind = kind;
        this.subject = subject;
        this.alternatives = List.copyOf(alternatives);
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
    List<Alternative> getAlternatives() { return alternatives; }
    Alternative getFinding() { return finding; }
    Vote getVote() { return vote; }
    Alternative getResult() { return result; }
}
