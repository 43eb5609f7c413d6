package se.namndflode.meeting;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.hibernate.annotations.BatchSize;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.namndflode.shared.web.DomainException;
import se.namndflode.shared.web.TextLimits;

/**
 * The board's handling of one paragraph as the secretary records it live (primer 3.3–3.6): yrkanden, the
 * propositionsordning with its questions and votes, who declared not to take part, reservationer and särskilda
 * uttalanden. Every change checks the rules against a {@link ConsoleContext} and throws a {@link DomainException}
 * with a Swedish message naming the rule, before anything is changed.
 *
 * <p>The order of the questions: each återremiss or bordläggning yrkande first (bordläggning before återremiss),
 * as "ska ärendet avgöras idag?"; when one wins, the matter is referred back or tabled and nothing else is put.
 * Then, when there are at least two alternatives (the administration's proposal, which the bifall yrkanden
 * support, and each avslag, ändring or own yrkande), the main question: the chair finds one by acclamation.
 * On demand a vote follows (Ja = the chair's finding, the huvudförslag; Nej = the motförslag); with more than two
 * alternatives the motförslag is chosen first (kontraproposition, by acclamation or by vote).
 */
@Entity
@Table(name = "meeting_paragraph_handling")
class ParagraphHandling {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long meetingId;

    private Long paragraphId;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "handling_id", nullable = false)
    @OrderBy("number")
    @BatchSize(size = 50)
    private List<Proposal> proposals = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "handling_id", nullable = false)
    @OrderBy("number")
    @BatchSize(size = 50)
    private List<Question> questions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "meeting_not_taking_part", joinColumns = @JoinColumn(name = "handling_id"))
    @OrderColumn(name = "ordinal")
    private List<PersonRef> notTakingPart = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "handling_id", nullable = false)
    @OrderBy("number")
    @BatchSize(size = 50)
    private List<Dissent> dissents = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "handling_id", nullable = false)
    @OrderBy("number")
    @BatchSize(size = 50)
    private List<Statement> statements = new ArrayList<>();

    private OffsetDateTime decidedAt;

    /** What every console change of the paragraph carries and bumps (optimistic locking, 409 when stale). */
    @Version
    private long version;

    protected ParagraphHandling() {
    }

    ParagraphHandling(Long meetingId, Long paragraphId) {
        this.meetingId = meetingId;
        this.paragraphId = paragraphId;
    }

    // ---- yrkanden -------------------------------------------------------------------------------------------

    Proposal addProposal(ConsoleContext context, ProposalDraft draft) {
        checkOpenAndUndecided(context, "meeting.proposal.decided");
        checkPropositionNotStarted();
        checkDraft(context, draft);
        Proposal proposal = new Proposal(proposals.stream().mapToInt(Proposal::getNumber).max().orElse(0) + 1, draft);
        proposals.add(proposal);
        return proposal;
    }

    Proposal changeProposal(ConsoleContext context, int number, ProposalDraft draft) {
        checkOpenAndUndecided(context, "meeting.proposal.decided");
        Proposal proposal = activeProposal(number);
        checkPropositionNotStarted();
        checkDraft(context, draft);
        proposal.change(draft);
        return proposal;
    }

    Proposal withdrawProposal(ConsoleContext context, int number) {
        checkOpenAndUndecided(context, "meeting.proposal.decided");
        Proposal proposal = activeProposal(number);
        checkPropositionNotStarted();
        proposal.withdraw();
        return proposal;
    }

    private void checkDraft(ConsoleContext context, ProposalDraft draft) {
        if (draft.kind() == null) {
            throw DomainException.invalid("kind", "meeting.proposal.kindRequired");
        }
        if (draft.movers().isEmpty()) {
            throw DomainException.invalid("movers", "meeting.proposal.moversRequired");
        }
        Set<Long> seen = new HashSet<>();
        for (String field : new String[] {"movers", "concurrences"}) {
            for (PersonRef person : field.equals("movers") ? draft.movers() : draft.concurrences()) {
                if (!seen.add(person.personId())) {
                    throw DomainException.invalid(field, "meeting.proposal.personTwice", person.display());
                }
                if (!context.serving().isServing(person.personId())) {
                    throw DomainException.invalid(field, "meeting.proposal.notServing", person.display(),
                            context.label());
                }
            }
        }
        if (draft.kind() == ProposalKind.APPROVE && !context.administrationProposal()) {
            throw DomainException.invalid("kind", "meeting.proposal.noAdministrationProposal", context.label());
        }
        if ((draft.kind() == ProposalKind.AMEND || draft.kind() == ProposalKind.OWN) && draft.clauses().isEmpty()) {
            throw DomainException.invalid("clauses", "meeting.proposal.clausesRequired");
        }
        if (draft.kind() == ProposalKind.REFER_BACK && draft.reason() == null) {
            throw DomainException.invalid("reason", "meeting.proposal.reasonRequired");
        }
        for (String clause : draft.clauses()) {
            TextLimits.requireAtMost(clause, TextLimits.DECISION_POINT, "clauses");
        }
        TextLimits.requireAtMost(draft.argument(), TextLimits.LONG_TEXT, "argument");
        TextLimits.requireAtMost(draft.reason(), TextLimits.REASON, "reason");
    }

    private void checkPropositionNotStarted() {
        if (!questions.isEmpty()) {
            throw DomainException.invalid("number", "meeting.proposal.propositionStarted");
        }
    }

    // ---- propositionsordning ----------------------------------------------------------------------------------

    /** The question the chair is to put next, if any (none while a vote is open, or when all are answered). */
    Optional<DueQuestion> due(ConsoleContext context) {
        return plan(context).due();
    }

    /** Where the propositionsordning ended, if it has ended. */
    Optional<Verdict> verdict(ConsoleContext context) {
        return Optional.ofNullable(plan(context).verdict());
    }

    record DueQuestion(QuestionKind kind, Integer subject, List<Alternative> alternatives) {
    }

    private record Plan(DueQuestion dueQuestion, Question voting, Verdict verdict) {

        Optional<DueQuestion> due() {
            return Optional.ofNullable(dueQuestion);
        }
    }

    private Plan plan(ConsoleContext context) {
        // A main vote still waiting for its motförslag is not under way yet: the kontraproposition comes first. Once
        // the motförslag is found by acclamation but a vote on it is demanded, that vote (the later question) is the
        // one under way, not the main vote that already knows its Nej.
        Optional<Question> voting = questions.stream()
                .filter(question -> !question.isSettled() && question.getVote().getNo() != null)
                .reduce((earlier, later) -> later);
        if (voting.isPresent()) {
            return new Plan(null, voting.get(), null);
        }
        for (Proposal procedural : procedural()) {
            Optional<Question> asked = question(QuestionKind.DECIDE_TODAY, procedural.getNumber());
            Alternative against = Alternative.proposal(procedural.getNumber());
            if (asked.isEmpty()) {
                return new Plan(new DueQuestion(QuestionKind.DECIDE_TODAY, procedural.getNumber(),
                        List.of(Alternative.TODAY, against)), null, null);
            }
            if (asked.get().getResult().equals(against)) {
                return new Plan(null, null, new Verdict(procedural.getKind() == ProposalKind.POSTPONE
                        ? Verdict.Type.TABLED : Verdict.Type.REFERRED_BACK, against, procedural.getNumber()));
            }
        }
        List<Alternative> alternatives = mainAlternatives(context);
        if (alternatives.size() < 2) {
            return new Plan(null, null, Verdict.decided(alternatives.isEmpty() ? null : alternatives.get(0)));
        }
        Optional<Question> main = question(QuestionKind.MAIN, null);
        if (main.isEmpty()) {
            return new Plan(new DueQuestion(QuestionKind.MAIN, null, alternatives), null, null);
        }
        Vote mainVote = main.get().getVote();
        if (mainVote != null && mainVote.getNo() == null) {
            // The counter question is not asked yet (an asked but unsettled one was found above).
            return new Plan(new DueQuestion(QuestionKind.COUNTER_PROPOSAL, null, candidates(main.get())), null, null);
        }
        return new Plan(null, null, Verdict.decided(main.get().getResult()));
    }

    /** Active återremiss and bordläggning yrkanden, bordläggning first, each in the order made. */
    private List<Proposal> procedural() {
        return active().stream().filter(proposal -> proposal.getKind().isProcedural())
                .sorted(Comparator.comparing((Proposal proposal) -> proposal.getKind() != ProposalKind.POSTPONE)
                        .thenComparingInt(Proposal::getNumber))
                .toList();
    }

    /** The administration's proposal (when the paragraph has one) and each avslag, ändring or own yrkande. */
    List<Alternative> mainAlternatives(ConsoleContext context) {
        List<Alternative> alternatives = new ArrayList<>();
        if (context.administrationProposal()) {
            alternatives.add(Alternative.ADMINISTRATION);
        }
        active().stream().filter(proposal -> proposal.getKind().isSubstantiveAlternative())
                .forEach(proposal -> alternatives.add(Alternative.proposal(proposal.getNumber())));
        return alternatives;
    }

    private List<Alternative> candidates(Question main) {
        return main.getAlternatives().stream().filter(alternative -> !alternative.equals(main.getFinding())).toList();
    }

    /**
     * Records what the chair found by acclamation on the question due. Refused without quorum, while a vote is
     * open, when another question is due, or when the finding is not one of its alternatives.
     */
    Question recordFinding(ConsoleContext context, QuestionKind kind, Alternative finding) {
        checkDecidable(context);
        Plan plan = plan(context);
        if (plan.voting() != null) {
            throw DomainException.invalid("kind", "meeting.vote.stillOpen", plan.voting().getNumber());
        }
        DueQuestion due = plan.due().orElseThrow(() -> DomainException.invalid("kind",
                "meeting.proposition.nothingDue"));
        if (due.kind() != kind) {
            throw DomainException.invalid("kind", "meeting.proposition.notDue",
                    MinutesWording.questionName(kind), MinutesWording.questionName(due.kind()));
        }
        if (finding == null || !due.alternatives().contains(finding)) {
            throw DomainException.invalid("finding", "meeting.proposition.notAnAlternative",
                    finding == null ? "" : finding.key(), due.alternatives().stream().map(Alternative::key).toList()
                            .toString());
        }
        Question question = new Question(questions.size() + 1, kind, due.subject(), due.alternatives(), finding);
        questions.add(question);
        if (kind == QuestionKind.COUNTER_PROPOSAL) {
            question(QuestionKind.MAIN, null).orElseThrow().getVote().setNo(finding);
        }
        return question;
    }

    /**
     * A vote demanded on the latest question (by any serving member; elections are not supported). Ja is the
     * chair's finding; Nej the other alternative — for the main question with more than two, the motförslag
     * chosen next; for a kontraproposition among more than two candidates, the {@code challenger} named.
     */
    Vote demandVote(ConsoleContext context, int questionNumber, PersonRef demandedBy, Alternative challenger,
            boolean election) {
        if (election) {
            throw DomainException.invalid("election", "meeting.vote.election");
        }
        checkDecidable(context);
        Question question = questionNumbered(questionNumber);
        if (question.getVote() != null) {
            throw DomainException.invalid("questionNumber", "meeting.vote.alreadyHeld", questionNumber);
        }
        if (question.getNumber() != questions.size()) {
            throw DomainException.invalid("questionNumber", "meeting.vote.notLatest", questionNumber);
        }
        // A vote is held when a member demands it (primer 3.5): the demand is the member's, and only one who serves
        // in the paragraph (not absent, not a substitute left uncalled, not with jäv) can make it.
        if (demandedBy == null) {
            throw DomainException.invalid("demandedBy", "meeting.vote.demandedByRequired", context.label());
        }
        if (!context.serving().isServing(demandedBy.personId())) {
            throw DomainException.invalid("demandedBy", "meeting.vote.demandNotServing", demandedBy.display(),
                    context.label());
        }
        List<Alternative> others = question.getAlternatives().stream()
                .filter(alternative -> !alternative.equals(question.getFinding())).toList();
        Alternative no;
        if (others.size() == 1) {
            no = others.get(0);
        } else if (question.getKind() == QuestionKind.MAIN) {
            no = null;
        } else {
            if (challenger == null || !others.contains(challenger)) {
                throw DomainException.invalid("challenger", "meeting.vote.challengerRequired",
                        others.stream().map(Alternative::key).toList().toString());
            }
            no = challenger;
        }
        Vote vote = new Vote(question.getFinding(), no, demandedBy);
        question.startVote(vote);
        return vote;
    }

    /**
     * One serving person's ballot. Refused without quorum, when the person does not serve in the paragraph
     * (absent, a substitute not called in, or with jäv), has voted already, abstains in myndighetsutövning, or
     * the motförslag is not chosen yet.
     */
    Ballot castBallot(ConsoleContext context, int questionNumber, PersonRef person, BallotChoice choice) {
        checkDecidable(context);
        Vote vote = openVote(questionNumber);
        if (vote.getNo() == null) {
            throw DomainException.invalid("questionNumber", "meeting.vote.counterPending");
        }
        // Only the question the propositionsordning has under way takes ballots: while the kontraproposition's
        // vote is open, the main vote waits even though its motförslag was found by acclamation.
        Question voting = plan(context).voting();
        if (voting != null && voting.getNumber() != questionNumber) {
            throw DomainException.invalid("questionNumber", "meeting.ballot.otherQuestionDue", questionNumber,
                    voting.getNumber());
        }
        if (choice == null) {
            throw DomainException.invalid("choice", "meeting.ballot.choiceRequired");
        }
        ServingPerson serving = context.serving().servingPerson(person.personId()).orElseThrow(() -> {
            if (context.serving().isRecused(person.personId())) {
                return DomainException.invalid("personId", "meeting.ballot.recused", person.display(),
                        context.label());
            }
            return DomainException.invalid("personId", "meeting.ballot.notServing", person.display(),
                    context.label());
        });
        Optional<Ballot> earlier = vote.ballotOf(person.personId());
        if (earlier.isPresent()) {
            throw DomainException.invalid("personId", "meeting.ballot.twice", serving.person().display(),
                    earlier.get().choice().word());
        }
        // Whoever declared "deltar inte i beslutet" is still called in the roll call (the tally lists every serving
        // person) but can only answer Avstår: a Ja or Nej would be taking part, and would let them reserve.
        if (choice != BallotChoice.ABSTAIN && isNotTakingPart(person.personId())) {
            throw DomainException.invalid("choice", "meeting.ballot.notTakingPart", serving.person().display(),
                    context.label());
        }
        if (choice == BallotChoice.ABSTAIN && context.exerciseOfAuthority()) {
            throw DomainException.invalid("choice", "meeting.ballot.abstainInAuthority", serving.person().display(),
                    context.label());
        }
        Ballot ballot = new Ballot(serving.person(), choice, serving.servesFor());
        vote.add(ballot);
        return ballot;
    }

    /**
     * Closes the roll call: every serving person has voted; the majority of Ja and Nej wins; on a tie the chair's
     * own vote decides (utslagsröst — not an extra ballot), so the presiding chair must have voted Ja or Nej.
     */
    Vote closeVote(ConsoleContext context, int questionNumber) {
        checkDecidable(context);
        Question question = questionNumbered(questionNumber);
        Vote vote = openVote(questionNumber);
        if (vote.getNo() == null) {
            throw DomainException.invalid("questionNumber", "meeting.vote.counterPending");
        }
        List<String> missing = context.serving().serving().stream()
                .filter(person -> vote.ballotOf(person.personId()).isEmpty())
                .map(person -> person.person().display()).toList();
        if (!missing.isEmpty()) {
            throw DomainException.invalid("questionNumber", "meeting.vote.missingBallots",
                    PersonRef.joinWithAnd(missing));
        }
        int yes = count(vote, BallotChoice.YES);
        int no = count(vote, BallotChoice.NO);
        int abstain = count(vote, BallotChoice.ABSTAIN);
        PersonRef chair = context.serving().presiding();
        if (yes == no) {
            if (chair == null) {
                throw DomainException.invalid("questionNumber", "meeting.vote.tieWithoutChair", yes, no);
            }
            Optional<Ballot> chairs = vote.ballotOf(chair.personId());
            if (chairs.isEmpty() || chairs.get().choice() == BallotChoice.ABSTAIN) {
                throw DomainException.invalid("questionNumber", "meeting.vote.tieChairAbstained", yes, no,
                        chair.display());
            }
        }
        vote.close(yes, no, abstain, yes == no, chair);
        Alternative winner = vote.winner();
        question.settle(winner);
        if (question.getKind() == QuestionKind.COUNTER_PROPOSAL) {
            question(QuestionKind.MAIN, null).orElseThrow().getVote().setNo(winner);
        }
        return vote;
    }

    /** Cancels an open vote (the chair puts the question again); its ballots are dropped. */
    void cancelVote(ConsoleContext context, int questionNumber) {
        checkOpenAndUndecided(context, "meeting.decision.already");
        Question question = questionNumbered(questionNumber);
        openVote(questionNumber);
        question.cancelVote();
        if (question.getKind() == QuestionKind.MAIN) {
            questions.removeIf(other -> other.getKind() == QuestionKind.COUNTER_PROPOSAL);
        }
    }

    /** Undoes the whole propositionsordning, votes included, so that yrkanden may change again; before the decision. */
    void resetProposition(ConsoleContext context) {
        checkOpenAndUndecided(context, "meeting.decision.already");
        questions.clear();
    }

    private static int count(Vote vote, BallotChoice choice) {
        return (int) vote.getBallots().stream().filter(ballot -> ballot.choice() == choice).count();
    }

    private Vote openVote(int questionNumber) {
        Vote vote = questionNumbered(questionNumber).getVote();
        if (vote == null || vote.isClosed()) {
            throw DomainException.invalid("questionNumber", "meeting.vote.notOpen", questionNumber);
        }
        return vote;
    }

    // ---- participation and the decision -----------------------------------------------------------------------

    /** "X deltog inte i beslutet": a serving person who takes no part; not in myndighetsutövning. */
    void declareNotTakingPart(ConsoleContext context, PersonRef person) {
        checkOpenAndUndecided(context, "meeting.decision.already");
        if (!context.serving().isServing(person.personId())) {
            throw DomainException.invalid("personId", "meeting.notTakingPart.notServing", person.display(),
                    context.label());
        }
        if (context.exerciseOfAuthority()) {
            throw DomainException.invalid("personId", "meeting.notTakingPart.authority", person.display(),
                    context.label());
        }
        boolean votedYesOrNo = questions.stream().map(Question::getVote).filter(java.util.Objects::nonNull)
                .anyMatch(vote -> vote.ballotOf(person.personId())
                        .filter(ballot -> ballot.choice() != BallotChoice.ABSTAIN).isPresent());
        if (votedYesOrNo) {
            throw DomainException.invalid("personId", "meeting.notTakingPart.voted", person.display(),
                    context.label());
        }
        if (notTakingPart.stream().noneMatch(other -> other.personId().equals(person.personId()))) {
            notTakingPart.add(person);
        }
    }

    private boolean isNotTakingPart(Long personId) {
        return notTakingPart.stream().anyMatch(other -> other.personId().equals(personId));
    }

    void withdrawNotTakingPart(ConsoleContext context, Long personId) {
        checkOpenAndUndecided(context, "meeting.decision.already");
        notTakingPart.removeIf(person -> person.personId().equals(personId));
    }

    /**
     * The chair's decision: refused without quorum, while a vote is open or a question is still to be put. Returns
     * where the propositionsordning ended; the caller records the decision text with the meeting's paragraph.
     */
    Verdict decide(ConsoleContext context) {
        checkDecidable(context);
        Plan plan = plan(context);
        if (plan.voting() != null) {
            throw DomainException.invalid("outcome", "meeting.vote.stillOpen", plan.voting().getNumber());
        }
        if (plan.verdict() == null) {
            throw DomainException.invalid("outcome", "meeting.decision.questionDue",
                    MinutesWording.questionName(plan.dueQuestion().kind()));
        }
        decidedAt = context.now();
        return plan.verdict();
    }

    /**
     * The decision points to start from: the approved tjänsteutlåtande's when the administration's proposal won
     * (or nothing competed), the winning yrkande's att-satser (argument clauses left out) otherwise; for återremiss
     * and bordläggning the standard sentence.
     */
    List<String> proposedDecisionPoints(Verdict verdict, List<String> staffReportPoints, String boardName) {
        if (verdict.type() == Verdict.Type.REFERRED_BACK) {
            return List.of("Ärendet återremitteras till förvaltningen.");
        }
        if (verdict.type() == Verdict.Type.TABLED) {
            return List.of("Ärendet bordläggs.");
        }
        if (verdict.winner() == null || verdict.winner().type() != Alternative.Type.PROPOSAL) {
            return List.copyOf(staffReportPoints);
        }
        Proposal winner = proposal(verdict.winner().proposal());
        List<String> points = new ArrayList<>();
        for (String clause : winner.getClauses()) {
            if (!clause.endsWith(":")) {
                points.add(boardName + " beslutar att " + clause + ".");
            }
        }
        if (points.isEmpty() && winner.getKind() == ProposalKind.REJECT) {
            points.add(boardName + " avslår förvaltningens förslag till beslut.");
        }
        return points;
    }

    // ---- reservationer -------------------------------------------------------------------------------------

    /**
     * A reservation, announced before the meeting is closed, after the decision, by persons who served, took part
     * (voted Ja or Nej when there was a vote; did not declare not taking part otherwise) and did not support the
     * decision (voted for the other side; did not move or join the winning alternative), in favour of a yrkande
     * that lost (or of none).
     */
    Dissent addDissent(ConsoleContext context, List<PersonRef> persons, Integer favour, String reasoning) {
        if (context.meetingClosed() || !context.meetingOpen()) {
            throw DomainException.invalid("persons", context.meetingClosed() ? "meeting.dissent.closed"
                    : "meeting.console.notOpen");
        }
        if (!context.decided() || decidedAt == null) {
            throw DomainException.invalid("persons", "meeting.dissent.notDecided", context.label());
        }
        if (persons == null || persons.isEmpty()) {
            throw DomainException.invalid("persons", "meeting.dissent.personsRequired");
        }
        Verdict verdict = verdict(context).orElseThrow();
        Optional<Question> decisive = decisiveQuestion(verdict);
        Set<Long> seen = new HashSet<>();
        for (PersonRef person : persons) {
            if (!seen.add(person.personId())) {
                throw DomainException.invalid("persons", "meeting.proposal.personTwice", person.display());
            }
            checkMayReserve(context, verdict, decisive, person);
            if (dissents.stream().anyMatch(dissent -> dissent.includes(person.personId()))) {
                throw DomainException.invalid("persons", "meeting.dissent.already", person.display(),
                        context.label());
            }
        }
        if (favour != null) {
            Proposal favoured = proposals.stream().filter(proposal -> proposal.getNumber() == favour
                    && !proposal.isWithdrawn()).findFirst().orElseThrow(() -> DomainException.invalid("favour",
                            "meeting.proposal.notFound", favour));
            if (supports(favoured, verdict)) {
                throw DomainException.invalid("favour", "meeting.dissent.favourWinner", favour);
            }
        }
        if (reasoning != null) {
            checkReasoningInTime(context);
            TextLimits.requireAtMost(reasoning, TextLimits.LONG_TEXT, "reasoning");
        }
        Dissent dissent = new Dissent(dissents.stream().mapToInt(Dissent::getNumber).max().orElse(0) + 1, persons,
                favour, context.now());
        if (reasoning != null) {
            dissent.reason(reasoning, context.now());
        }
        dissents.add(dissent);
        return dissent;
    }

    /** A reservation's written reasoning: accepted until the time set for justering (kommunallagen 4 kap. 27 §). */
    Dissent reasonDissent(ConsoleContext context, int number, String reasoning) {
        Dissent dissent = dissents.stream().filter(candidate -> candidate.getNumber() == number).findFirst()
                .orElseThrow(() -> DomainException.notFound("meeting.dissent.notFound"));
        if (reasoning == null || reasoning.isBlank()) {
            throw DomainException.invalid("reasoning", "meeting.dissent.reasoningRequired");
        }
        checkReasoningInTime(context);
        TextLimits.requireAtMost(reasoning, TextLimits.LONG_TEXT, "reasoning");
        dissent.reason(reasoning.strip(), context.now());
        return dissent;
    }

    private static void checkReasoningInTime(ConsoleContext context) {
        if (context.justeringAt() != null && context.now().isAfter(context.justeringAt())) {
            throw DomainException.invalid("reasoning", "meeting.dissent.reasoningLate",
                    MinutesWording.dateTime(context.justeringAt()));
        }
    }

    private void checkMayReserve(ConsoleContext context, Verdict verdict, Optional<Question> decisive,
            PersonRef person) {
        if (!context.serving().isServing(person.personId())) {
            throw DomainException.invalid("persons", "meeting.dissent.notServing", person.display(), context.label());
        }
        if (isNotTakingPart(person.personId())) {
            throw DomainException.invalid("persons", "meeting.dissent.notTakingPart", person.display());
        }
        Vote vote = decisive.map(Question::getVote).filter(Vote::isClosed).orElse(null);
        if (vote != null) {
            Optional<Ballot> ballot = vote.ballotOf(person.personId());
            if (ballot.isEmpty() || ballot.get().choice() == BallotChoice.ABSTAIN) {
                throw DomainException.invalid("persons", "meeting.dissent.abstained", person.display());
            }
            Alternative votedFor = ballot.get().choice() == BallotChoice.YES ? vote.getYes() : vote.getNo();
            if (votedFor.equals(vote.winner())) {
                throw DomainException.invalid("persons", "meeting.dissent.votedForDecision", person.display());
            }
            return;
        }
        if (notTakingPart.stream().anyMatch(other -> other.personId().equals(person.personId()))) {
            throw DomainException.invalid("persons", "meeting.dissent.notTakingPart", person.display());
        }
        if (active().stream().anyMatch(proposal -> proposal.isBy(person.personId()) && supports(proposal, verdict))) {
            throw DomainException.invalid("persons", "meeting.dissent.movedDecision", person.display());
        }
    }

    /** Whether a yrkande is (or supports) the alternative that won. */
    private boolean supports(Proposal proposal, Verdict verdict) {
        if (verdict.type() != Verdict.Type.DECIDED) {
            return verdict.proceduralProposal() == proposal.getNumber();
        }
        if (verdict.winner() == null) {
            return false;
        }
        if (verdict.winner().type() == Alternative.Type.ADMINISTRATION) {
            return proposal.getKind() == ProposalKind.APPROVE;
        }
        return verdict.winner().type() == Alternative.Type.PROPOSAL
                && verdict.winner().proposal() == proposal.getNumber();
    }

    /** The question whose answer was the decision: the winning "avgöras idag" question, else the main question. */
    private Optional<Question> decisiveQuestion(Verdict verdict) {
        if (verdict.type() != Verdict.Type.DECIDED) {
            return question(QuestionKind.DECIDE_TODAY, verdict.proceduralProposal());
        }
        return question(QuestionKind.MAIN, null);
    }

    // ---- särskilda uttalanden -----------------------------------------------------------------------------

    /**
     * A särskilt uttalande by persons present at the paragraph (serving or not; not those with jäv), while the
     * meeting is open.
     */
    Statement addStatement(ConsoleContext context, List<PersonRef> persons, String text) {
        if (context.meetingClosed() || !context.meetingOpen()) {
            throw DomainException.invalid("persons", context.meetingClosed() ? "meeting.statement.closed"
                    : "meeting.console.notOpen");
        }
        if (persons == null || persons.isEmpty()) {
            throw DomainException.invalid("persons", "meeting.statement.personsRequired");
        }
        Set<Long> seen = new HashSet<>();
        for (PersonRef person : persons) {
            if (!seen.add(person.personId())) {
                throw DomainException.invalid("persons", "meeting.proposal.personTwice", person.display());
            }
            if (!context.serving().isPresent(person.personId())) {
                throw DomainException.invalid("persons", "meeting.statement.notPresent", person.display(),
                        context.label());
            }
        }
        if (text == null || text.isBlank()) {
            throw DomainException.invalid("text", "meeting.statement.textRequired");
        }
        TextLimits.requireAtMost(text, TextLimits.LONG_TEXT, "text");
        Statement statement = new Statement(statements.stream().mapToInt(Statement::getNumber).max().orElse(0) + 1,
                persons, text.strip(), context.now());
        statements.add(statement);
        return statement;
    }

    /** The text of a särskilt uttalande, completed or corrected until the time set for justering. */
    Statement changeStatement(ConsoleContext context, int number, String text) {
        Statement statement = statements.stream().filter(candidate -> candidate.getNumber() == number).findFirst()
                .orElseThrow(() -> DomainException.notFound("meeting.statement.notFound"));
        if (text == null || text.isBlank()) {
            throw DomainException.invalid("text", "meeting.statement.textRequired");
        }
        if (context.justeringAt() != null && context.now().isAfter(context.justeringAt())) {
            throw DomainException.invalid("text", "meeting.statement.late",
                    MinutesWording.dateTime(context.justeringAt()));
        }
        TextLimits.requireAtMost(text, TextLimits.LONG_TEXT, "text");
        statement.changeText(text.strip(), context.now());
        return statement;
    }

    // ---- common ------------------------------------------------------------------------------------------------

    private static void checkOpenAndUndecided(ConsoleContext context, String decidedKey) {
        if (!context.meetingOpen()) {
            throw DomainException.invalid("meeting", context.meetingClosed() ? "meeting.console.closed"
                    : "meeting.console.notOpen");
        }
        if (context.decided()) {
            throw DomainException.invalid("paragraph", decidedKey, context.label());
        }
    }

    /** Open, undecided, and the board has quorum in this paragraph (kommunallagen 6 kap. 27 §). */
    private static void checkDecidable(ConsoleContext context) {
        checkOpenAndUndecided(context, "meeting.decision.already");
        if (!context.serving().hasQuorum()) {
            throw DomainException.invalid("paragraph", "meeting.console.noQuorum", context.label(),
                    context.serving().serving().size(), context.serving().quorum());
        }
    }

    private Optional<Question> question(QuestionKind kind, Integer subject) {
        return questions.stream().filter(question -> question.getKind() == kind
                && java.util.Objects.equals(question.getSubject(), subject)).findFirst();
    }

    private Question questionNumbered(int number) {
        return questions.stream().filter(question -> question.getNumber() == number).findFirst()
                .orElseThrow(() -> DomainException.notFound("meeting.proposition.questionNotFound", number));
    }

    private Proposal activeProposal(int number) {
        return active().stream().filter(proposal -> proposal.getNumber() == number).findFirst()
                .orElseThrow(() -> DomainException.notFound("meeting.proposal.notFound", number));
    }

    Proposal proposal(int number) {
        return proposals.stream().filter(proposal -> proposal.getNumber() == number).findFirst()
                .orElseThrow(() -> DomainException.notFound("meeting.proposal.notFound", number));
    }

    /** The yrkanden not withdrawn, in the order made. */
    List<Proposal> active() {
        return proposals.stream().filter(proposal -> !proposal.isWithdrawn()).toList();
    }

    /**
     * Whether the handling of the paragraph has begun: a yrkande made (even if withdrawn since), a question put, or
     * someone declared not taking part. From then on, who serves in it no longer changes (primer 3.2).
     */
    boolean hasBegun() {
        return !proposals.isEmpty() || !questions.isEmpty() || !notTakingPart.isEmpty();
    }

    Long getMeetingId() { return meetingId; }
    Long getParagraphId() { return paragraphId; }
    List<Proposal> getProposals() { return List.copyOf(proposals); }
    List<Question> getQuestions() { return List.copyOf(questions); }
    List<PersonRef> getNotTakingPart() { return List.copyOf(notTakingPart); }
    List<Dissent> getDissents() { return List.copyOf(dissents); }
    List<Statement> getStatements() { return List.copyOf(statements); }
    OffsetDateTime getDecidedAt() { return decidedAt; }
    Long getId() { return id; }
    long getVersion() { return version; }
}
