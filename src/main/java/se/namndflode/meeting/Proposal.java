package se.namndflode.meeting;

import java.util.ArrayList;
import java.util.List;

/**
 * A yrkande in one paragraph: numbered within the paragraph (1, 2, ... never reused), by one or more movers
 * (several: a joint yrkande), with instämmanden (joiners), its kind, numbered att-satser, the argument text
 * ("samt att därutöver anföra följande: ...") and for återremiss/bordläggning a reason. Edited or withdrawn
 * until the chair puts the questions; a withdrawn yrkande stays in the record, marked.
 */
final class Proposal {

    private int number;
    private ProposalKind kind;
    private List<PersonRef> movers = new ArrayList<>();
    private List<PersonRef> joiners = new ArrayList<>();
    private List<String> clauses = new ArrayList<>();
    private String argument;
    private String reason;
    private boolean withdrawn;

    Proposal(int number, ProposalDraft draft) {
        this.number = number;
        change(draft);
    }

    void change(ProposalDraft draft) {
        this.kind = draft.kind();
        this.movers = new ArrayList<>(draft.movers());
        this.joiners = new ArrayList<>(draft.joiners());
        this.clauses = new ArrayList<>(draft.clauses());
        this.argument = draft.argument();
        this.reason = draft.reason();
    }

    void withdraw() {
        this.withdrawn = true;
    }

    /** Whether the person moved or joined this yrkande. */
    boolean isBy(Long personId) {
        return movers.stream().anyMatch(person -> person.personId().equals(personId))
                || joiners.stream().anyMatch(person -> person.personId().equals(personId));
    }

    /** Movers of more than one party: the reservation reads "det egna gemensamma yrkandet" (seed § 8, § 12). */
    boolean isJoint() {
        return PersonRef.severalParties(movers);
    }

    int getNumber() { return number; }
    ProposalKind getKind() { return kind; }
    List<PersonRef> getMovers() { return List.copyOf(movers); }
    List<PersonRef> getJoiners() { return List.copyOf(joiners); }
    List<String> getClauses() { return List.copyOf(clauses); }
    String getArgument() { return argument; }
    String getReason() { return reason; }
    boolean isWithdrawn() { return withdrawn; }
}
