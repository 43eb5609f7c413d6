package se.namndflode.meeting;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import org.hibernate.annotations.BatchSize;
import java.util.List;

/**
 * A yrkande in one paragraph: numbered within the paragraph (1, 2, ... never reused), by one or more movers
 * (several: a joint yrkande), with instämmanden (concurrences), its kind, numbered att-satser, the argument text
 * ("samt att därutöver anföra följande: ...") and for återremiss/bordläggning a reason. Edited or withdrawn
 * until the chair puts the questions; a withdrawn yrkande stays in the record, marked.
 */
@Entity
@Table(name = "meeting_proposal")
class Proposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int number;

    @Enumerated(EnumType.STRING)
    private ProposalKind kind;

    @ElementCollection
    @CollectionTable(name = "meeting_proposal_mover", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderColumn(name = "ordinal")
    @BatchSize(size = 50)
    private List<PersonRef> movers = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "meeting_proposal_concurrence", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderColumn(name = "ordinal")
    @BatchSize(size = 50)
    private List<PersonRef> concurrences = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "meeting_proposal_clause", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderColumn(name = "ordinal")
    @Column(name = "content")
    @BatchSize(size = 50)
    private List<String> clauses = new ArrayList<>();
    private String argument;
    private String reason;
    private boolean withdrawn;

    protected Proposal() {
    }

    Proposal(int number, ProposalDraft draft) {
        this.number = number;
        change(draft);
    }

    void change(ProposalDraft draft) {
        this.kind = draft.kind();
        replace(movers, draft.movers());
        replace(concurrences, draft.concurrences());
        replace(clauses, draft.clauses());
        this.argument = draft.argument();
        this.reason = draft.reason();
    }

    private static <T> void replace(List<T> stored, List<T> given) {
        if (!stored.equals(given)) {
            stored.clear();
            stored.addAll(given);
        }
    }

    void withdraw() {
        this.withdrawn = true;
    }

    /** Whether the person moved or joined this yrkande. */
    boolean isBy(Long personId) {
        return movers.stream().anyMatch(person -> person.personId().equals(personId))
                || concurrences.stream().anyMatch(person -> person.personId().equals(personId));
    }

    /** Movers of more than one party: the reservation reads "det egna gemensamma yrkandet" (seed § 8, § 12). */
    boolean isJoint() {
        return PersonRef.severalParties(movers);
    }

    int getNumber() { return number; }
    ProposalKind getKind() { return kind; }
    List<PersonRef> getMovers() { return List.copyOf(movers); }
    List<PersonRef> getConcurrences() { return List.copyOf(concurrences); }
    List<String> getClauses() { return List.copyOf(clauses); }
    String getArgument() { return argument; }
    String getReason() { return reason; }
    boolean isWithdrawn() { return withdrawn; }
}
