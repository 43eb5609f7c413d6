package se.namndflode.meeting;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import org.hibernate.annotations.BatchSize;
import java.util.List;
import java.util.Optional;

/**
 * An omröstning on one question (primer 3.5): the voteringsproposition (Ja = the chair's finding, the
 * huvudförslag; Nej = the motförslag, unset until a kontraproposition has chosen it), who demanded it, the roll
 * call of ballots, and once closed the tally and whether the chair's utslagsröst decided a tie.
 */
@Entity
@Table(name = "meeting_vote")
class Vote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Convert(converter = AlternativeConverter.class)
    @Column(name = "yes_alternative")
    private Alternative yes;

    @Convert(converter = AlternativeConverter.class)
    @Column(name = "no_alternative")
    private Alternative no;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "personId", column = @Column(name = "demanded_by_person_id")),
        @AttributeOverride(name = "name", column = @Column(name = "demanded_by_name")),
        @AttributeOverride(name = "partyCode", column = @Column(name = "demanded_by_party_code"))
    })
    private PersonRef demandedBy;

    @ElementCollection
    @CollectionTable(name = "meeting_ballot", joinColumns = @JoinColumn(name = "vote_id"))
    @OrderColumn(name = "ordinal")
    @BatchSize(size = 50)
    private List<Ballot> ballots = new ArrayList<>();

    private boolean closed;
    private int yesCount;
    private int noCount;
    private int abstainCount;
    private boolean castingVote;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "personId", column = @Column(name = "presiding_person_id")),
        @AttributeOverride(name = "name", column = @Column(name = "presiding_name")),
        @AttributeOverride(name = "partyCode", column = @Column(name = "presiding_party_code"))
    })
    private PersonRef presiding;

    protected Vote() {
    }

    Vote(Alternative yes, Alternative no, PersonRef demandedBy) {
        this.yes = yes;
        this.no = no;
        this.demandedBy = demandedBy;
    }

    void setNo(Alternative motion) {
        this.no = motion;
    }

    void add(Ballot ballot) {
        ballots.add(ballot);
    }

    Optional<Ballot> ballotOf(Long personId) {
        return ballots.stream().filter(ballot -> ballot.person().personId().equals(personId)).findFirst();
    }

    void close(int yesVotes, int noVotes, int abstentions, boolean decidedByCastingVote, PersonRef chair) {
        this.closed = true;
        this.yesCount = yesVotes;
        this.noCount = noVotes;
        this.abstainCount = abstentions;
        this.castingVote = decidedByCastingVote;
        this.presiding = chair;
    }

    /** The alternative the vote chose; only when closed. */
    Alternative winner() {
        if (!closed) {
            throw new IllegalStateException("The vote is not closed");
        }
        if (yesCount != noCount) {
            return yesCount > noCount ? yes : no;
        }
        return ballotOf(presiding.personId()).orElseThrow().choice() == BallotChoice.YES ? yes : no;
    }

    Alternative getYes() { return yes; }
    Alternative getNo() { return no; }
    PersonRef getDemandedBy() { return demandedBy; }
    List<Ballot> getBallots() { return List.copyOf(ballots); }
    boolean isClosed() { return closed; }
    int getYesCount() { return yesCount; }
    int getNoCount() { return noCount; }
    int getAbstainCount() { return abstainCount; }
    boolean isCastingVote() { return castingVote; }
    PersonRef getPresiding() { return presiding; }
}
