package se.namndflode.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static se.namndflode.meeting.BoardFixture.approval;
import static se.namndflode.meeting.BoardFixture.authority;
import static se.namndflode.meeting.BoardFixture.closed;
import static se.namndflode.meeting.BoardFixture.decided;
import static se.namndflode.meeting.BoardFixture.own;
import static se.namndflode.meeting.BoardFixture.refused;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Propositionsordning, omröstning, beslut and reservationer of one paragraph (primer 3.4–3.6): the acceptance
 * list's votes and refusals, against the domain without Spring.
 */
class VotingRulesTest {

    private final BoardFixture board = new BoardFixture();

    private List<PersonRef> majority() {
        return List.of(board.ojanne, board.s2, board.s3, board.s4, board.mohammed, board.v2, board.runsten);
    }

    private List<PersonRef> opposition() {
        return List.of(board.jonsson, board.hedin, board.m2, board.m3, board.jacobsson, board.kroon);
    }

    /** Bifall (Ojanne) against Jacobsson's own yrkande, found for the administration, a vote demanded. */
    private ParagraphHandling twoProposalsWithAVote(ConsoleContext context) {
        ParagraphHandling handling = new ParagraphHandling(1L, context.serving().paragraph().paragraphId());
        handling.addProposal(context, approval(board.ojanne, board.s2, board.mohammed));
        handling.addProposal(context, own(List.of(board.jacobsson), "socialnämnden tillstyrker motionen"));
        handling.recordFinding(context, QuestionKind.MAIN, Alternative.ADMINISTRATION);
        handling.demandVote(context, 1, board.jacobsson, null, false);
        return handling;
    }

    private static void vote(ParagraphHandling handling, ConsoleContext context, int question, List<PersonRef> persons,
            BallotChoice choice) {
        for (PersonRef person : persons) {
            handling.castBallot(context, question, person, choice);
        }
    }

    @Test
    void aSevenToSixVoteDecidesForTheHuvudforslag() {
        ConsoleContext context = board.context(board.allMembersPresent(), 5);
        ParagraphHandling handling = twoProposalsWithAVote(context);
        vote(handling, context, 1, majority(), BallotChoice.YES);
        vote(handling, context, 1, opposition(), BallotChoice.NO);

        Vote vote = handling.closeVote(context, 1);

        assertThat(vote.getYesCount()).isEqualTo(7);
        assertThat(vote.getNoCount()).isEqualTo(6);
        assertThat(vote.isCastingVote()).isFalse();
        assertThat(handling.decide(context)).isEqualTo(Verdict.decided(Alternative.ADMINISTRATION));
        assertThat(MinutesWording.proposition(handling)).containsExactly(
                "Ordföranden ställde de framställda förslagen till beslut mot varandra och fann att nämnden beslutat "
                        + "enligt förvaltningens förslag.",
                "Omröstning begärdes.",
                "Ordföranden ställde följande voteringsproposition: Ja för bifall till förvaltningens förslag, nej för "
                        + "bifall till Kristin Jacobssons (C) yrkande.",
                "Omröstningen utföll med 7 ja-röster, 6 nej-röster, 0 avstår.",
                "Nämnden har därmed beslutat enligt förvaltningens förslag.");
        assertThat(MinutesWording.rollCall(vote)).contains("Alexander Ojanne (S): ja", "Gabriel Kroon (SD): nej");
    }

    @Test
    void aSixToSixTieIsDecidedByTheChairsOwnVote() {
        ConsoleContext context = board.context(board.allMembersPresent(), 5);
        ParagraphHandling handling = twoProposalsWithAVote(context);
        vote(handling, context, 1, majority().subList(0, 6), BallotChoice.YES); // the chair among them
        vote(handling, context, 1, opposition(), BallotChoice.NO);
        vote(handling, context, 1, List.of(board.runsten), BallotChoice.ABSTAIN);

        Vote vote = handling.closeVote(context, 1);

        assertThat(vote.isCastingVote()).isTrue();
        assertThat(vote.getBallots()).hasSize(13); // the casting vote is no extra ballot
        assertThat(vote.winner()).isEqualTo(Alternative.ADMINISTRATION);
        assertThat(MinutesWording.proposition(handling)).contains(
                "Omröstningen utföll med 6 ja-röster, 6 nej-röster, 1 avstår.",
                "Då rösterna fallit lika avgjordes frågan genom ordförandens utslagsröst; ordföranden Alexander "
                        + "Ojanne (S) röstade ja.",
                "Nämnden har därmed beslutat enligt förvaltningens förslag.");
    }

    @Test
    void onATieTheChairMustHaveVoted() {
        ConsoleContext context = board.context(board.allMembersPresent(), 5);
        ParagraphHandling handling = twoProposalsWithAVote(context);
        vote(handling, context, 1, List.of(board.s2, board.s3, board.s4, board.mohammed, board.v2, board.runsten),
                BallotChoice.YES);
        vote(handling, context, 1, opposition(), BallotChoice.NO);
        vote(handling, context, 1, List.of(board.ojanne), BallotChoice.ABSTAIN);

        String message = refused(() -> handling.closeVote(context, 1), "meeting.vote.tieChairAbstained");

        assertThat(message).contains("Lika röstetal (6–6)", "Alexander Ojanne (S)");
        assertThat(handling.getQuestions().get(0).getVote().isClosed()).isFalse();
    }

    @Test
    void withThreeProposalsTheMotforslagIsChosenByVoteFirst() {
        ConsoleContext context = board.context(board.allMembersPresent(), 5);
        ParagraphHandling handling = new ParagraphHandling(1L, board.paragraph(5));
        handling.addProposal(context, approval(board.ojanne));
        handling.addProposal(context, own(List.of(board.jacobsson), "tillstyrka motionen"));
        handling.addProposal(context, own(List.of(board.hedin, board.m2, board.m3), "avslå förvaltningens förslag"));
        handling.recordFinding(context, QuestionKind.MAIN, Alternative.ADMINISTRATION);
        Vote main = handling.demandVote(context, 1, board.hedin, null, false);

        assertThat(main.getNo()).isNull();
        refused(() -> handling.castBallot(context, 1, board.ojanne, BallotChoice.YES),
                "meeting.vote.counterPending");
        assertThat(handling.due(context).orElseThrow().kind()).isEqualTo(QuestionKind.COUNTER_PROPOSAL);
        assertThat(handling.due(context).orElseThrow().alternatives()).containsExactly(Alternative.proposal(2),
                Alternative.proposal(3));
        handling.recordFinding(context, QuestionKind.COUNTER_PROPOSAL, Alternative.proposal(2));
        handling.demandVote(context, 2, board.hedin, Alternative.proposal(3), false);
        vote(handling, context, 2, List.of(board.jacobsson, board.jonsson), BallotChoice.YES);
        vote(handling, context, 2, List.of(board.hedin, board.m2, board.m3, board.kroon), BallotChoice.NO);
        vote(handling, context, 2, majority(), BallotChoice.ABSTAIN);
        handling.closeVote(context, 2);

        assertThat(main.getNo()).isEqualTo(Alternative.proposal(3));
        vote(handling, context, 1, majority(), BallotChoice.YES);
        vote(handling, context, 1, opposition(), BallotChoice.NO);
        handling.closeVote(context, 1);

        assertThat(handling.verdict(context)).contains(Verdict.decided(Alternative.ADMINISTRATION));
        assertThat(MinutesWording.proposition(handling)).containsExactly(
                "Ordföranden ställde de framställda förslagen till beslut mot varandra och fann att nämnden beslutat "
                        + "enligt förvaltningens förslag.",
                "Omröstning begärdes.",
                "Ordföranden förklarade förvaltningens förslag som huvudförslag.",
                "Ordföranden ställde därefter proposition på vilket av de övriga förslagen som skulle utgöra "
                        + "motförslag i huvudvoteringen och fann att nämnden utsett Kristin Jacobssons (C) yrkande "
                        + "till motförslag.",
                "Kontrapropositionsvotering begärdes.",
                "Ordföranden ställde följande voteringsproposition: Ja för Kristin Jacobssons (C) yrkande som "
                        + "motförslag, nej för yrkandet från Andrea Hedin m.fl. (M) som motförslag.",
                "Omröstningen utföll med 2 ja-röster, 4 nej-röster, 7 avstår.",
                "Nämnden har därmed utsett yrkandet från Andrea Hedin m.fl. (M) till motförslag.",
                "Ordföranden ställde följande voteringsproposition: Ja för bifall till förvaltningens förslag, nej för "
                        + "bifall till yrkandet från Andrea Hedin m.fl. (M).",
                "Omröstningen utföll med 7 ja-röster, 6 nej-röster, 0 avstår.",
                "Nämnden har därmed beslutat enligt förvaltningens förslag.");
    }

    @Test
    void abstentionsAreCountedAndTheAbstainerTookNoPartInTheDecision() {
        ConsoleContext context = board.context(board.allMembersPresent(), 5);
        ParagraphHandling handling = twoProposalsWithAVote(context);
        vote(handling, context, 1, majority(), BallotChoice.YES);
        vote(handling, context, 1, List.of(board.jacobsson, board.hedin, board.m2, board.m3), BallotChoice.NO);
        vote(handling, context, 1, List.of(board.jonsson, board.kroon), BallotChoice.ABSTAIN);
        Vote vote = handling.closeVote(context, 1);
        handling.decide(context);
        ConsoleContext decided = decided(context);

        assertThat(MinutesWording.tally(vote))
                .isEqualTo("Omröstningen utföll med 7 ja-röster, 4 nej-röster, 2 avstår.");
        String message = refused(() -> handling.addDissent(decided, List.of(board.kroon), 2, null),
                "meeting.dissent.abstained");
        assertThat(message)
                .startsWith("Gabriel Kroon (SD) röstade inte ja eller nej och deltog därmed inte i beslutet");
        refused(() -> handling.addDissent(decided, List.of(board.s2), 2, null), "meeting.dissent.votedForDecision");
        assertThat(handling.getDissents()).isEmpty();
        handling.addDissent(decided, List.of(board.jacobsson), 2, null);
        assertThat(handling.getDissents()).hasSize(1);
    }

    @Test
    void aSubstituteServingForAnAbsentMemberVotesAndTheAbsentMemberCannot() {
        List<PersonRef> present = new ArrayList<>(board.membersExcept(board.s3));
        present.add(board.subS1);
        ConsoleContext context = board.context(board.present(present), 5);
        ParagraphHandling handling = twoProposalsWithAVote(context);

        Ballot ballot = handling.castBallot(context, 1, board.subS1, BallotChoice.YES);
        String message = refused(() -> handling.castBallot(context, 1, board.s3, BallotChoice.YES),
                "meeting.ballot.notServing");

        assertThat(ballot.servesFor()).isEqualTo(board.s3);
        assertThat(message).contains("tjänstgör inte vid § 5 och kan inte rösta");
        assertThat(handling.getQuestions().get(0).getVote().getBallots()).hasSize(1);
    }

    @Test
    void aMemberWithJavCannotVoteOnThatParagraphWhileTheSubstituteCan() {
        List<PersonRef> present = new ArrayList<>(board.members);
        present.add(board.subM1);
        Attendance attendance = board.present(present)
                .withRecusal(new Recusal(board.m2.personId(), board.paragraph(5)));
        ConsoleContext context = board.context(attendance, 5);
        ParagraphHandling handling = twoProposalsWithAVote(context);

        String message = refused(() -> handling.castBallot(context, 1, board.m2, BallotChoice.NO),
                "meeting.ballot.recused");
        handling.castBallot(context, 1, board.subM1, BallotChoice.NO);

        assertThat(message).isEqualTo("Olof Sten (M) har anmält jäv vid § 5 och får inte delta i handläggningen eller "
                + "rösta (kommunallagen 6 kap. 30 §).");
        ConsoleContext six = board.context(attendance, 6);
        ParagraphHandling next = twoProposalsWithAVote(six);
        next.castBallot(six, 1, board.m2, BallotChoice.NO);
        refused(() -> next.castBallot(six, 1, board.subM1, BallotChoice.NO), "meeting.ballot.notServing");
    }

    @Test
    void aMemberWhoArrivesBeforeParagraphSixVotesFromSixOnly() {
        Attendance attendance = board.present(board.membersExcept(board.runsten)).withChange(new AttendanceChange(
                board.runsten.personId(), AttendanceChange.Movement.ARRIVED, board.paragraph(6)));
        ConsoleContext five = board.context(attendance, 5);
        ConsoleContext six = board.context(attendance, 6);
        ParagraphHandling atFive = twoProposalsWithAVote(five);
        ParagraphHandling atSix = new ParagraphHandling(1L, board.paragraph(6));
        atSix.addProposal(six, approval(board.runsten));
        atSix.addProposal(six, own(List.of(board.jacobsson), "tillstyrka"));
        atSix.recordFinding(six, QuestionKind.MAIN, Alternative.ADMINISTRATION);
        atSix.demandVote(six, 1, board.jacobsson, null, false);

        refused(() -> atFive.castBallot(five, 1, board.runsten, BallotChoice.YES),
                "meeting.ballot.notServing");
        assertThat(atSix.castBallot(six, 1, board.runsten, BallotChoice.YES).choice())
                .isEqualTo(BallotChoice.YES);
    }

    @Test
    void eachServingPersonVotesOnceAndTheRollCallMustBeComplete() {
        ConsoleContext context = board.context(board.allMembersPresent(), 5);
        ParagraphHandling handling = twoProposalsWithAVote(context);
        handling.castBallot(context, 1, board.ojanne, BallotChoice.YES);

        String twice = refused(() -> handling.castBallot(context, 1, board.ojanne, BallotChoice.NO),
                "meeting.ballot.twice");
        String missing = refused(() -> handling.closeVote(context, 1), "meeting.vote.missingBallots");

        assertThat(twice).isEqualTo("Alexander Ojanne (S) har redan röstat (ja) i denna omröstning. Var och en har en "
                + "röst.");
        assertThat(missing).contains("Sara Lind (S)", "Gabriel Kroon (SD)").doesNotContain("Alexander Ojanne");
        assertThat(handling.getQuestions().get(0).getVote().getBallots()).hasSize(1);
        refused(() -> handling.castBallot(context, 1, board.subS1, BallotChoice.YES),
                "meeting.ballot.notServing");
    }

    @Test
    void withoutQuorumNoVoteAndNoDecision() {
        ConsoleContext context = board.context(board.present(board.members.subList(0, 6)), 5);
        ParagraphHandling handling = new ParagraphHandling(1L, board.paragraph(5));
        handling.addProposal(context, approval(board.ojanne));
        handling.addProposal(context, own(List.of(board.mohammed), "tillstyrka"));

        String finding = refused(() -> handling.recordFinding(context, QuestionKind.MAIN, Alternative.ADMINISTRATION),
                "meeting.console.noQuorum");
        refused(() -> handling.decide(context), "meeting.console.noQuorum");

        assertThat(finding).isEqualTo("Nämnden är inte beslutför vid § 5: 6 tjänstgör, minst 7 behövs (mer än hälften "
                + "av ledamöterna, kommunallagen 6 kap. 27 §). Inget kan beslutas och ingen omröstning hållas förrän "
                + "fler tjänstgör.");
        assertThat(handling.getQuestions()).isEmpty();
        assertThat(handling.getDecidedAt()).isNull();

        ConsoleContext withQuorum = board.context(board.allMembersPresent(), 5);
        handling.recordFinding(withQuorum, QuestionKind.MAIN, Alternative.ADMINISTRATION);
        refused(() -> handling.demandVote(context, 1, null, null, false), "meeting.console.noQuorum");
        handling.demandVote(withQuorum, 1, board.jacobsson, null, false);
        refused(() -> handling.castBallot(context, 1, board.ojanne, BallotChoice.YES),
                "meeting.console.noQuorum");
    }

    @Test
    void inMyndighetsutovningNobodyAbstains() {
        ConsoleContext context = authority(board.context(board.allMembersPresent(), 5));
        ParagraphHandling handling = twoProposalsWithAVote(context);

        String message = refused(() -> handling.castBallot(context, 1, board.kroon, BallotChoice.ABSTAIN),
                "meeting.ballot.abstainInAuthority");
        refused(() -> handling.declareNotTakingPart(context, board.kroon), "meeting.notTakingPart.authority");

        assertThat(message).contains("myndighetsutövning mot enskild");
        handling.castBallot(context, 1, board.kroon, BallotChoice.NO);
    }

    @Test
    void electionsAreNotSupportedAndSaySo() {
        ConsoleContext context = board.context(board.allMembersPresent(), 5);
        ParagraphHandling handling = new ParagraphHandling(1L, board.paragraph(5));
        handling.addProposal(context, approval(board.ojanne));
        handling.addProposal(context, own(List.of(board.mohammed), "välja Eva Berg"));
        handling.recordFinding(context, QuestionKind.MAIN, Alternative.ADMINISTRATION);

        String message = refused(() -> handling.demandVote(context, 1, null, null, true), "meeting.vote.election");

        assertThat(message).startsWith("Val (sluten omröstning och lottning vid lika röstetal) hanteras inte ännu");
        assertThat(handling.getQuestions().get(0).getVote()).isNull();
    }

    @Test
    void aReferralBackThatWinsEndsThePropositionsordning() {
        ConsoleContext context = board.context(board.allMembersPresent(), 5);
        ParagraphHandling handling = new ParagraphHandling(1L, board.paragraph(5));
        handling.addProposal(context, approval(board.ojanne));
        handling.addProposal(context, own(List.of(board.kroon), "avslå"));
        handling.addProposal(context, new ProposalDraft(ProposalKind.REFER_BACK, List.of(board.hedin), List.of(),
                List.of(), null, "Komplettera med en konsekvensanalys"));
        handling.recordFinding(context, QuestionKind.DECIDE_TODAY, Alternative.proposal(3));

        assertThat(handling.due(context)).isEmpty();
        Verdict verdict = handling.decide(context);
        assertThat(verdict.type()).isEqualTo(Verdict.Type.REFERRED_BACK);
        assertThat(handling.proposal(verdict.proceduralProposal()).getReason())
                .isEqualTo("Komplettera med en konsekvensanalys");
        assertThat(handling.proposedDecisionPoints(verdict, List.of("Godkänn"), "Socialnämnden"))
                .containsExactly("Ärendet återremitteras till förvaltningen.");
        assertThat(MinutesWording.proposition(handling)).containsExactly("Ordförande frågar nämnden om ärendet ska "
                + "avgöras idag eller återremitteras. Ordförande finner att ärendet ska återremitteras.");
    }

    @Test
    void questionsArePutInTheirOrder() {
        ConsoleContext context = board.context(board.allMembersPresent(), 5);
        ParagraphHandling handling = new ParagraphHandling(1L, board.paragraph(5));
        handling.addProposal(context, approval(board.ojanne));
        handling.addProposal(context, new ProposalDraft(ProposalKind.REFER_BACK, List.of(board.hedin), List.of(),
                List.of(), null, "Komplettera"));
        handling.addProposal(context, new ProposalDraft(ProposalKind.POSTPONE, List.of(board.kroon), List.of(),
                List.of(), null, null));

        refused(() -> handling.recordFinding(context, QuestionKind.MAIN, Alternative.ADMINISTRATION),
                "meeting.proposition.notDue");
        assertThat(handling.due(context).orElseThrow().subject()).isEqualTo(3); // bordläggning first
        refused(() -> handling.recordFinding(context, QuestionKind.DECIDE_TODAY, Alternative.ADMINISTRATION),
                "meeting.proposition.notAnAlternative");
        handling.recordFinding(context, QuestionKind.DECIDE_TODAY, Alternative.TODAY);
        assertThat(handling.due(context).orElseThrow().subject()).isEqualTo(2);
        refused(() -> handling.addProposal(context, approval(board.s2)), "meeting.proposal.propositionStarted");
    }

    @Test
    void decisionPointsComeFromTheStaffReportOrTheWinningYrkande() {
        ConsoleContext context = board.context(board.allMembersPresent(), 5);
        ParagraphHandling handling = twoProposalsWithAVote(context);
        vote(handling, context, 1, majority(), BallotChoice.NO);
        vote(handling, context, 1, opposition(), BallotChoice.YES);
        handling.closeVote(context, 1);

        Verdict verdict = handling.decide(context);

        assertThat(verdict.winner()).isEqualTo(Alternative.proposal(2));
        assertThat(handling.proposedDecisionPoints(verdict, List.of("Socialnämnden godkänner tjänsteutlåtandet."),
                "Socialnämnden")).containsExactly("Socialnämnden beslutar att socialnämnden tillstyrker motionen.");
        assertThat(handling.proposedDecisionPoints(Verdict.decided(Alternative.ADMINISTRATION),
                List.of("Socialnämnden godkänner tjänsteutlåtandet."), "Socialnämnden"))
                .containsExactly("Socialnämnden godkänner tjänsteutlåtandet.");
    }

    @Test
    void aYrkandeOnADecidedParagraphIsRefused() {
        ConsoleContext context = board.context(board.allMembersPresent(), 5);
        ParagraphHandling handling = new ParagraphHandling(1L, board.paragraph(5));
        handling.addProposal(context, approval(board.ojanne));
        handling.decide(context);

        String message = refused(() -> handling.addProposal(decided(context), own(List.of(board.kroon), "avslå")),
                "meeting.proposal.decided");
        refused(() -> handling.withdrawProposal(decided(context), 1), "meeting.proposal.decided");

        assertThat(message).startsWith("§ 5 är redan avgjord.");
        assertThat(handling.getProposals()).hasSize(1);
    }

    @Test
    void reservationsFollowTheLawOnWhoAndUntilWhen() {
        ConsoleContext context = board.context(board.allMembersPresent(), 5);
        ParagraphHandling handling = new ParagraphHandling(1L, board.paragraph(5));
        handling.addProposal(context, approval(board.ojanne, board.s2));
        handling.addProposal(context, own(List.of(board.jacobsson), "tillstyrka"));
        handling.declareNotTakingPart(context, board.kroon);
        refused(() -> handling.addDissent(context, List.of(board.jacobsson), 2, null), "meeting.dissent.notDecided");
        handling.recordFinding(context, QuestionKind.MAIN, Alternative.ADMINISTRATION);
        handling.decide(context);
        ConsoleContext decided = decided(context);

        refused(() -> handling.addDissent(decided, List.of(board.s2), 2, null), "meeting.dissent.movedDecision");
        refused(() -> handling.addDissent(decided, List.of(board.kroon), 2, null), "meeting.dissent.notTakingPart");
        refused(() -> handling.addDissent(decided, List.of(board.subS1), 2, null), "meeting.dissent.notServing");
        refused(() -> handling.addDissent(decided, List.of(board.jacobsson), 1, null), "meeting.dissent.favourWinner");
        String afterClosing = refused(() -> handling.addDissent(closed(decided), List.of(board.jacobsson), 2, null),
                "meeting.dissent.closed");
        assertThat(afterClosing).contains("innan sammanträdet avslutas (kommunallagen 4 kap. 27 §)");
        assertThat(handling.getDissents()).isEmpty();

        Dissent dissent = handling.addDissent(decided, List.of(board.jacobsson), 2, null);
        refused(() -> handling.addDissent(decided, List.of(board.jacobsson), 2, null), "meeting.dissent.already");
        // The written reasoning may follow after the meeting, until the time set for justering.
        ConsoleContext afterMeeting = BoardFixture.at(closed(decided), BoardFixture.JUSTERING.minusHours(1));
        handling.reasonDissent(afterMeeting, dissent.getNumber(), "Motionen bör tillstyrkas.");
        assertThat(dissent.getReasoning()).isEqualTo("Motionen bör tillstyrkas.");
        ConsoleContext late = BoardFixture.at(closed(decided), BoardFixture.JUSTERING.plusMinutes(1));
        String tooLate = refused(() -> handling.reasonDissent(late, dissent.getNumber(), "Ändrad motivering"),
                "meeting.dissent.reasoningLate");
        assertThat(tooLate).startsWith("Tiden för justering (2023-12-19 kl. 10:00) har passerat.");
        assertThat(dissent.getReasoning()).isEqualTo("Motionen bör tillstyrkas.");
    }

    @Test
    void anyoneInTheRoomMayGiveAStatementButNotOneWithJav() {
        List<PersonRef> present = new ArrayList<>(board.members);
        present.add(board.subKD1);
        Attendance attendance = board.present(present)
                .withRecusal(new Recusal(board.m3.personId(), board.paragraph(5)));
        ConsoleContext context = board.context(attendance, 5);
        ParagraphHandling handling = new ParagraphHandling(1L, board.paragraph(5));

        Statement statement = handling.addStatement(context, List.of(board.subKD1, board.hedin), "Vi vill ...");
        refused(() -> handling.addStatement(context, List.of(board.m3), "..."), "meeting.statement.notPresent");
        refused(() -> handling.addStatement(context, List.of(board.subS1), "..."), "meeting.statement.notPresent");
        refused(() -> handling.addStatement(closed(context), List.of(board.hedin), "..."), "meeting.statement.closed");

        assertThat(statement.getPersons()).containsExactly(board.subKD1, board.hedin);
        assertThat(handling.getStatements()).hasSize(1);
    }
}
