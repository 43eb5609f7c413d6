package se.namndflode.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An omröstning on one question (primer 3.5): the voteringsproposition (Ja = the chair's finding, the
 * huvudförslag; Nej = the motförslag, unset until a kontraproposition has chosen it), who demanded it, the roll
 * call of ballots, and once closed the tally and whether the chair's utslagsröst decided a tie.
 */
final class Vote {

    private Alternative yes;
    private Alternative no;
    private PersonRef demandedBy;
    private List<Ballot> ballots = new ArrayList<>();
    private boolean closed;
    private int yesCount;
    private int noCount;
    private int abstainCount;
    private boolean castingVote;
    private PersonRef presiding;

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
