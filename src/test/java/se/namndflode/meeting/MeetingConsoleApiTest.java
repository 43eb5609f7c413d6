package se.namndflode.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static se.namndflode.meeting.ConsoleFixtures.MAJORITY;
import static se.namndflode.meeting.ConsoleFixtures.MEMBERS;
import static se.namndflode.meeting.ConsoleFixtures.OPPOSITION;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import se.namndflode.IntegrationTest;
import se.namndflode.Interleaving;
import se.namndflode.SignedIn;
import se.namndflode.organisation.Accounts;
import se.namndflode.meeting.ConsoleApiSupport.Answer;
import se.namndflode.meeting.ConsoleFixtures.OpenMeeting;

/**
 * The console API through the secretary's requests: votes (7–6, a tie decided by the chair, the motförslag by
 * kontrapropositionsvotering, abstentions), who serves (substitutes, jäv, a late arrival), the decision reaching
 * the matter, and that every change is audited and moves the live revision.
 */
@IntegrationTest
class MeetingConsoleApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ConsoleFixtures fixtures;
    @Autowired
    MeetingConsole console;
    @Autowired
    Accounts accounts;
    @Autowired
    PlatformTransactionManager transactions;

    OpenMeeting meeting;
    ConsoleApiSupport api;

    @BeforeEach
    void openMeeting() {
        meeting = fixtures.openMeeting();
        api = new ConsoleApiSupport(mvc, meeting, fixtures.as("sekreterare"));
    }

    /** Bifall (S, V) against C's own yrkande in § 5, found for the administration, a vote demanded by C. */
    private void twoProposalsAndAVote(int paragraph) {
        api.proposal(paragraph, "APPROVE", List.of("s1", "v1"), null);
        api.proposal(paragraph, "OWN", List.of("c"), "\"clauses\":[\"att socialnämnden tillstyrker motionen\"],"
                + "\"argument\":\"Kommunstyrelsen har överlämnat en remiss.\"");
        api.finding(paragraph, "MAIN", "ADMINISTRATION");
        api.demandVote(paragraph, 1, "c", null);
    }

    @Test
    void aSevenToSixVoteIsRecordedByNameAndTheDecisionReachesTheMatter() {
        api.present(MEMBERS);
        twoProposalsAndAVote(5);
        api.ballots(5, 1, MAJORITY, "YES");
        api.ballots(5, 1, OPPOSITION, "NO");
        long revisionBefore = api.get(meeting.url() + "/console").<Number>read("$.liveRevision").longValue();

        Answer closed = api.closeVote(5, 1);

        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.<Integer>read("$.questions[0].vote.yesCount")).isEqualTo(7);
        assertThat(closed.<Integer>read("$.questions[0].vote.noCount")).isEqualTo(6);
        assertThat(closed.<String>read("$.questions[0].vote.winner.key")).isEqualTo("ADMINISTRATION");
        assertThat(closed.<List<String>>read("$.minutes.proposition")).containsExactly(
                "Ordföranden ställde de framställda förslagen till beslut mot varandra och fann att nämnden beslutat "
                        + "enligt förvaltningens förslag.",
                "Omröstning begärdes.",
                "Ordföranden ställde följande voteringsproposition: Ja för bifall till förvaltningens förslag, nej för "
                        + "bifall till C Testssons (C) yrkande.",
                "Omröstningen utföll med 7 ja-röster, 6 nej-röster, 0 avstår.",
                "Nämnden har därmed beslutat enligt förvaltningens förslag.");
        assertThat(closed.<List<String>>read("$.minutes.rollCall")).hasSize(13).contains("S1 Testsson (S): ja",
                "SD Testsson (SD): nej");
        assertThat(closed.<String>read("$.verdict.type")).isEqualTo("DECIDED");
        assertThat(closed.<Number>read("$.liveRevision").longValue()).isGreaterThan(revisionBefore);

        Answer decided = api.decide(5, "[\"Socialnämnden godkänner förvaltningens tjänsteutlåtande som svar på "
                + "remissen.\"]");
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(decided.<String>read("$.outcome")).isEqualTo("DECIDED");
        assertThat(decided.<String>read("$.decisionText")).isEqualTo("Socialnämnden godkänner förvaltningens "
                + "tjänsteutlåtande som svar på remissen.");
        assertThat(fixtures.waitingIn(meeting.matters().get(0))).doesNotContain("PlaceOnAgenda");
        assertThat(fixtures.audits(meeting.meetingId(), "BALLOT_CAST")).isEqualTo(13);
        assertThat(fixtures.audits(meeting.meetingId(), "VOTE_CLOSED")).isEqualTo(1);
        assertThat(fixtures.audits(meeting.meetingId(), "PARAGRAPH_DECIDED")).isEqualTo(1);
    }

    @Test
    void aSixToSixTieIsDecidedByTheChairsOwnVoteAndTheMinutesSaySo() {
        api.present(MEMBERS);
        twoProposalsAndAVote(5);
        api.ballots(5, 1, List.of("s1", "s2", "s3", "s4", "v1", "v2"), "YES");
        api.ballots(5, 1, OPPOSITION, "NO");
        api.ballots(5, 1, List.of("mp"), "ABSTAIN");

        Answer closed = api.closeVote(5, 1);

        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.<Boolean>read("$.questions[0].vote.castingVote")).isTrue();
        assertThat(closed.<List<String>>read("$.minutes.proposition")).contains(
                "Omröstningen utföll med 6 ja-röster, 6 nej-röster, 1 avstår.",
                "Då rösterna fallit lika avgjordes frågan genom ordförandens utslagsröst; ordföranden S1 Testsson (S) "
                        + "röstade ja.",
                "Nämnden har därmed beslutat enligt förvaltningens förslag.");
    }

    @Test
    void aSecondSecretaryWithAStaleVersionGets409WithTheOthersChangeAndNothingIsLost() {
        api.present(MEMBERS);
        long seen = api.version(5); // both consoles show this version
        String url = meeting.paragraphUrl(5) + "/proposals";
        Answer first = api.ok(url, "{\"version\":" + seen + ",\"kind\":\"APPROVE\",\"movers\":"
                + api.ids(List.of("s1")) + "}");

        Answer second = api.post(url, "{\"version\":" + seen + ",\"kind\":\"OWN\",\"movers\":"
                + api.ids(List.of("c")) + ",\"clauses\":[\"tillstyrka motionen\"]}");

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.<String>read("$.type")).isEqualTo("https://namndflode.se/problem/concurrent-change");
        assertThat(second.detail()).startsWith("Någon annan har ändrat paragrafen medan du arbetade.");
        assertThat(second.<Number>read("$.current.version").longValue()).isEqualTo(first.version());
        assertThat(second.<List<String>>read("$.current.proposals[*].wording")).containsExactly(
                "S1 Testsson (S) yrkade bifall till förvaltningens förslag till beslut.");
        Answer retried = api.ok(url, "{\"version\":" + second.<Number>read("$.current.version").longValue()
                + ",\"kind\":\"OWN\",\"movers\":" + api.ids(List.of("c")) + ",\"clauses\":[\"tillstyrka motionen\"]}");
        assertThat(retried.<List<Integer>>read("$.proposals[*].number")).containsExactly(1, 2);
    }

    @Test
    void twoChangesAtTheSameMomentMeetInTheDatabaseAndTheSecondGets409() throws Exception {
        api.present(MEMBERS);
        long seen = api.proposal(5, "APPROVE", List.of("s1"), null).version();

        Answer second = Interleaving.whileUncommitted(transactions,
                () -> SignedIn.as(accounts.loadUserByUsername("sekreterare"), () -> console.addProposal(
                        meeting.meetingId(), meeting.paragraph(5), seen, new MeetingConsole.ProposalInput(
                                ProposalKind.OWN, List.of(meeting.person("c")), List.of(), List.of("tillstyrka"),
                                null, null))),
                () -> api.post(meeting.paragraphUrl(5) + "/proposals", "{\"version\":" + seen
                        + ",\"kind\":\"REJECT\",\"movers\":" + api.ids(List.of("sd")) + "}"));

        assertThat(second.status()).as(second.body()).isEqualTo(409);
        assertThat(second.<List<String>>read("$.current.proposals[*].kind")).containsExactly("APPROVE", "OWN");
        assertThat(api.get(meeting.paragraphUrl(5)).<List<String>>read("$.proposals[*].kind"))
                .containsExactly("APPROVE", "OWN");
    }

    @Test
    void twoFirstChangesOfAParagraphAtTheSameMomentMeetInItsUniqueKey() throws Exception {
        api.present(MEMBERS);

        Answer second = Interleaving.whileUncommitted(transactions,
                () -> SignedIn.as(accounts.loadUserByUsername("sekreterare"), () -> console.addProposal(
                        meeting.meetingId(), meeting.paragraph(6), 0L, new MeetingConsole.ProposalInput(
                                ProposalKind.APPROVE, List.of(meeting.person("s1")), List.of(), List.of(), null,
                                null))),
                () -> api.post(meeting.paragraphUrl(6) + "/proposals", "{\"version\":0,\"kind\":\"REJECT\","
                        + "\"movers\":" + api.ids(List.of("sd")) + "}"));

        assertThat(second.status()).as(second.body()).isEqualTo(409);
        assertThat(second.<List<String>>read("$.current.proposals[*].kind")).containsExactly("APPROVE");
    }

    @Test
    void withThreeProposalsTheMotforslagIsChosenByAVoteFirst() {
        api.present(MEMBERS);
        api.proposal(5, "APPROVE", List.of("s1"), null);
        api.proposal(5, "OWN", List.of("c"), "\"clauses\":[\"tillstyrka motionen\"]");
        api.proposal(5, "REJECT", List.of("m1", "m2"), "\"concurrences\":" + api.ids(List.of("sd")));
        api.finding(5, "MAIN", "ADMINISTRATION");
        Answer demanded = api.demandVote(5, 1, "m1", null);
        assertThat(demanded.<String>read("$.due.kind")).isEqualTo("COUNTER_PROPOSAL");
        assertThat(api.ballot(5, 1, "s1", "YES").detail()).startsWith("Motförslaget är inte utsett ännu.");
        api.finding(5, "COUNTER_PROPOSAL", "PROPOSAL:2");
        api.demandVote(5, 2, "m1", "PROPOSAL:3");
        api.ballots(5, 2, List.of("c", "l"), "YES");
        api.ballots(5, 2, List.of("m1", "m2", "m3", "sd"), "NO");
        api.ballots(5, 2, MAJORITY, "ABSTAIN");
        Answer counter = api.closeVote(5, 2);
        assertThat(counter.<String>read("$.questions[0].vote.no.key")).isEqualTo("PROPOSAL:3");
        api.ballots(5, 1, MAJORITY, "YES");
        api.ballots(5, 1, OPPOSITION, "NO");

        Answer closed = api.closeVote(5, 1);

        assertThat(closed.<List<String>>read("$.minutes.proposition")).containsExactly(
                "Ordföranden ställde de framställda förslagen till beslut mot varandra och fann att nämnden beslutat "
                        + "enligt förvaltningens förslag.",
                "Omröstning begärdes.",
                "Ordföranden förklarade förvaltningens förslag som huvudförslag.",
                "Ordföranden ställde därefter proposition på vilket av de övriga förslagen som skulle utgöra "
                        + "motförslag i huvudvoteringen och fann att nämnden utsett C Testssons (C) yrkande till "
                        + "motförslag.",
                "Kontrapropositionsvotering begärdes.",
                "Ordföranden ställde följande voteringsproposition: Ja för C Testssons (C) yrkande som motförslag, "
                        + "nej för yrkandet från M1 Testsson m.fl. (M) som motförslag.",
                "Omröstningen utföll med 2 ja-röster, 4 nej-röster, 7 avstår.",
                "Nämnden har därmed utsett yrkandet från M1 Testsson m.fl. (M) till motförslag.",
                "Ordföranden ställde följande voteringsproposition: Ja för bifall till förvaltningens förslag, nej för "
                        + "bifall till yrkandet från M1 Testsson m.fl. (M).",
                "Omröstningen utföll med 7 ja-röster, 6 nej-röster, 0 avstår.",
                "Nämnden har därmed beslutat enligt förvaltningens förslag.");
        assertThat(closed.<List<String>>read("$.minutes.proposals")).contains("M1 Testsson m.fl. (M), med "
                + "instämmande från SD Testsson (SD), yrkade avslag på förvaltningens förslag till beslut.");
    }

    @Test
    void abstentionsAreCountedAndWhoAbstainedCannotReserve() {
        api.present(MEMBERS);
        twoProposalsAndAVote(5);
        api.ballots(5, 1, MAJORITY, "YES");
        api.ballots(5, 1, List.of("c", "m1", "m2", "m3"), "NO");
        api.ballots(5, 1, List.of("l", "sd"), "ABSTAIN");
        Answer closed = api.closeVote(5, 1);
        assertThat(closed.<List<String>>read("$.minutes.proposition"))
                .contains("Omröstningen utföll med 7 ja-röster, 4 nej-röster, 2 avstår.");
        Answer decided = api.decide(5, "[\"Socialnämnden godkänner tjänsteutlåtandet.\"]");
        long version = decided.version();

        Answer abstainer = api.post(meeting.paragraphUrl(5) + "/dissents", "{\"version\":" + version
                + ",\"persons\":" + api.ids(List.of("sd")) + ",\"favour\":2}");
        Answer dissent = api.post(meeting.paragraphUrl(5) + "/dissents", "{\"version\":" + version
                + ",\"persons\":" + api.ids(List.of("c", "m1")) + ",\"favour\":2}");

        assertThat(abstainer.status()).isEqualTo(422);
        assertThat(abstainer.detail()).isEqualTo("SD Testsson (SD) röstade inte ja eller nej och deltog därmed inte "
                + "i beslutet. Bara den som deltagit i beslutet får reservera sig (kommunallagen 4 kap. 27 §).");
        assertThat(dissent.status()).as(dissent.body()).isEqualTo(200);
        assertThat(dissent.<List<String>>read("$.minutes.dissents")).containsExactly("C Testsson (C) och M1 Testsson "
                + "(M) reserverade sig mot beslutet till förmån för C Testssons (C) yrkande.");
    }

    @Test
    void aSubstituteServingForAnAbsentMemberVotesAndTheAbsentMemberCannot() {
        List<String> present = new java.util.ArrayList<>(MEMBERS);
        present.remove("s3");
        present.add("subS1");
        api.present(present);
        twoProposalsAndAVote(5);

        Answer substitute = api.ballot(5, 1, "subS1", "YES");
        Answer absent = api.ballot(5, 1, "s3", "YES");

        assertThat(substitute.status()).isEqualTo(200);
        assertThat(substitute.<String>read("$.questions[0].vote.ballots[0].servesFor.display"))
                .isEqualTo("S3 Testsson (S)");
        assertThat(absent.status()).isEqualTo(422);
        assertThat(absent.detail()).isEqualTo("S3 Testsson (S) tjänstgör inte vid § 5 och kan inte rösta. Bara de som "
                + "står på röstlängden röstar.");
        assertThat(api.get(meeting.paragraphUrl(5)).<List<Object>>read("$.questions[0].vote.ballots")).hasSize(1);
    }

    @Test
    void aMemberWithJavCannotVoteOnThatParagraphWhileTheSubstituteCan() {
        List<String> present = new java.util.ArrayList<>(MEMBERS);
        present.add("subM1");
        api.present(present);
        api.ok(meeting.url() + "/attendance/recusals", "{\"version\":" + api.attendanceVersion() + ",\"personId\":"
                + meeting.person("m2") + ",\"paragraphId\":" + meeting.paragraph(5) + "}");
        twoProposalsAndAVote(5);

        Answer recused = api.ballot(5, 1, "m2", "NO");
        Answer substitute = api.ballot(5, 1, "subM1", "NO");

        assertThat(recused.status()).isEqualTo(422);
        assertThat(recused.detail()).isEqualTo("M2 Testsson (M) har anmält jäv vid § 5 och får inte delta i "
                + "handläggningen eller rösta (kommunallagen 6 kap. 30 §).");
        assertThat(substitute.status()).isEqualTo(200);
        Answer six = api.get(meeting.paragraphUrl(6));
        assertThat(six.<List<Integer>>read("$.serving.serving[*].person.personId"))
                .contains(meeting.person("m2").intValue()).doesNotContain(meeting.person("subM1").intValue());
    }

    @Test
    void aMemberWhoArrivesBeforeParagraphSixVotesFromSixOnly() {
        List<String> present = new java.util.ArrayList<>(MEMBERS);
        present.remove("mp");
        api.present(present);
        api.ok(meeting.url() + "/attendance/changes", "{\"version\":" + api.attendanceVersion() + ",\"personId\":"
                + meeting.person("mp") + ",\"movement\":\"ARRIVED\",\"fromParagraphId\":" + meeting.paragraph(6)
                + "}");
        twoProposalsAndAVote(5);
        twoProposalsAndAVote(6);

        Answer atFive = api.ballot(5, 1, "mp", "YES");
        Answer atSix = api.ballot(6, 1, "mp", "YES");

        assertThat(atFive.status()).isEqualTo(422);
        assertThat(atFive.detail()).startsWith("MP Testsson (MP) tjänstgör inte vid § 5");
        assertThat(atSix.status()).isEqualTo(200);
        Answer attendance = api.get(meeting.url() + "/attendance");
        assertThat(attendance.<Integer>read("$.servingLists[4].servingCount")).isEqualTo(12);
        assertThat(attendance.<Integer>read("$.servingLists[5].servingCount")).isEqualTo(13);
    }

    @Test
    void theDecisionStartsFromTheApprovedStaffReportAndEndsWithForwardingAndImmediateJustering() {
        fixtures.approvedReport(meeting.matters().get(1), "Socialnämnden godkänner förvaltningens tjänsteutlåtande "
                + "som svar på kommunstyrelsens remiss.", "Ärendet justeras omedelbart.");
        api.present(MEMBERS);

        Answer proposed = api.get(meeting.paragraphUrl(6));
        assertThat(proposed.<List<String>>read("$.proposedDecision.points")).containsExactly("Socialnämnden "
                + "godkänner förvaltningens tjänsteutlåtande som svar på kommunstyrelsens remiss.");
        assertThat(proposed.<Boolean>read("$.proposedDecision.immediatelyJustered")).isTrue();

        Answer decided = api.ok(meeting.paragraphUrl(6) + "/decision", "{\"version\":0,\"forwardedTo\":"
                + "\"kommunstyrelsen\",\"immediatelyJustered\":true}");

        assertThat(decided.<String>read("$.decisionText")).isEqualTo("Socialnämnden godkänner förvaltningens "
                + "tjänsteutlåtande som svar på kommunstyrelsens remiss.\nÄrendet överlämnas till kommunstyrelsen.\n"
                + "Paragrafen justeras omedelbart.");
        assertThat(decided.<Boolean>read("$.immediatelyJustered")).isTrue();
    }

    @Test
    void anImmediateJusteringAfterTheDecisionLocksTheParagraphAtOnceWhileTheMeetingGoesOn() {
        api.present(MEMBERS);
        Answer decided = api.ok(meeting.paragraphUrl(6) + "/decision", "{\"version\":0,\"points\":"
                + "[\"Socialnämnden antar programmet.\"]}");
        assertThat(decided.<Boolean>read("$.immediatelyJustered")).isFalse();
        // What is announced after the decision comes before the immediate justering.
        api.ok(meeting.paragraphUrl(6) + "/statements", "{\"version\":" + decided.version() + ",\"persons\":["
                + meeting.person("c") + "],\"text\":\"Vi välkomnar programmet.\"}");
        Answer justered = api.ok(meeting.paragraphUrl(6) + "/immediate-justering", "{\"version\":"
                + api.get(meeting.paragraphUrl(6)).version() + "}");
        assertThat(justered.<Boolean>read("$.immediatelyJustered")).isTrue();
        assertThat(justered.<String>read("$.decisionText")).startsWith("Socialnämnden antar programmet.\n")
                .containsIgnoringCase("omedelbart");

        Answer late = api.post(meeting.paragraphUrl(6) + "/statements", "{\"version\":" + justered.version()
                + ",\"persons\":[" + meeting.person("m1") + "],\"text\":\"För sent.\"}");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.<String>read("$.type")).endsWith("minutes-locked");
        assertThat(late.detail()).isEqualTo("§ 6 är justerad omedelbart och kan inte ändras.");
        assertThat(api.post(meeting.paragraphUrl(6) + "/immediate-justering", "{\"version\":" + justered.version()
                + "}").status()).isEqualTo(409);
        Answer undecided = api.post(meeting.paragraphUrl(5) + "/immediate-justering", "{\"version\":0}");
        assertThat(undecided.status()).isEqualTo(422);
        assertThat(fixtures.waitingIn(meeting.matters().get(1))).doesNotContain("AwaitMinutesApproval");
    }

    @Test
    void aReferralBackThatWinsSendsTheMatterBackWithItsReason() {
        api.present(MEMBERS);
        api.proposal(5, "APPROVE", List.of("s1"), null);
        api.proposal(5, "REFER_BACK", List.of("l", "m1", "c"), "\"reason\":\"Komplettera med en "
                + "konsekvensanalys\"");
        Answer found = api.finding(5, "DECIDE_TODAY", "PROPOSAL:2");
        assertThat(found.<String>read("$.verdict.type")).isEqualTo("REFERRED_BACK");
        assertThat(found.<List<String>>read("$.minutes.proposition")).containsExactly("Ordförande frågar nämnden om "
                + "ärendet ska avgöras idag eller återremitteras. Ordförande finner att ärendet ska återremitteras.");

        Answer decided = api.ok(meeting.paragraphUrl(5) + "/decision", "{\"version\":" + found.version() + "}");

        assertThat(decided.<String>read("$.outcome")).isEqualTo("REFERRED_BACK");
        Answer overview = api.get(meeting.url() + "/console");
        assertThat(overview.<String>read("$.paragraphs[4].outcome")).isEqualTo("REFERRED_BACK");
        assertThat(overview.<Number>read("$.currentParagraphId").longValue()).isEqualTo(meeting.paragraph(1));
        assertThat(decided.<String>read("$.outcomeReason")).isEqualTo("Komplettera med en konsekvensanalys");
        assertThat(decided.<String>read("$.decisionText")).isEqualTo("Ärendet återremitteras till förvaltningen.");
        assertThat(fixtures.waitingIn(meeting.matters().get(0))).contains("PrepareStaffReport");
    }

    @Test
    void theConsoleIsInTheOpenApiDocument() {
        Answer document = api.get("/api/v1/openapi");

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.<String>read("$.paths['/api/v1/meetings/{meetingId}/paragraphs/{paragraphId}/votes/"
                + "{questionNumber}/ballots'].post.summary")).startsWith("En tjänstgörandes röst");
        assertThat(document.<Object>read("$.paths['/api/v1/meetings/{meetingId}/attendance/substitutions'].delete"))
                .isNotNull();
        assertThat(document.<List<String>>read("$.components.schemas.ProposalRequest.properties.kind.enum"))
                .containsExactly("APPROVE", "REJECT", "REFER_BACK", "POSTPONE", "AMEND", "OWN");
    }

    @Test
    void aVoteCanBeCancelledAndThePropositionsordningUndoneBeforeTheDecision() {
        api.present(MEMBERS);
        twoProposalsAndAVote(5);
        api.ballots(5, 1, List.of("s1", "c"), "YES");

        Answer cancelled = api.ok(meeting.paragraphUrl(5) + "/votes/1/cancel", "{\"version\":" + api.version(5)
                + "}");
        assertThat(cancelled.<Object>read("$.questions[0].vote")).isNull();
        assertThat(cancelled.<String>read("$.verdict.winner.key")).isEqualTo("ADMINISTRATION");
        api.demandVote(5, 1, "c", null);
        api.ballots(5, 1, List.of("s1"), "YES");
        Answer reset = api.ok(meeting.paragraphUrl(5) + "/proposition/reset", "{\"version\":" + api.version(5)
                + "}");

        assertThat(reset.<List<Object>>read("$.questions")).isEmpty();
        assertThat(reset.<String>read("$.due.kind")).isEqualTo("MAIN");
        Answer withdrawn = api.ok(meeting.paragraphUrl(5) + "/proposals/2/withdraw", "{\"version\":" + reset.version()
                + "}");
        assertThat(withdrawn.<Boolean>read("$.proposals[1].withdrawn")).isTrue();
        assertThat(withdrawn.<Object>read("$.due")).isNull();
        Answer decided = api.ok(meeting.paragraphUrl(5) + "/decision", "{\"version\":" + withdrawn.version()
                + ",\"points\":[\"Socialnämnden godkänner tjänsteutlåtandet.\"]}");
        assertThat(decided.<String>read("$.outcome")).isEqualTo("DECIDED");
        assertThat(decided.<List<String>>read("$.minutes.proposals")).containsExactly("S1 Testsson (S) och V1 "
                + "Testsson (V) yrkade bifall till förvaltningens förslag till beslut.");
    }
}
