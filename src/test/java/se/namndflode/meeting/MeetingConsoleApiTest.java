package se.namndflode.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static se.namndflode.meeting.ConsoleFixtures.MAJORITY;
import static se.namndflode.meeting.ConsoleFixtures.MEMBERS;
import static se.namndflode.meeting.ConsoleFixtures.OPPOSITION;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
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
@Import(ConsoleFixtures.class)
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
        api.proposal(paragraph, "APPROVAL", List.of("s1", "v1"), null);
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
        Answer first = api.ok(url, "{\"version\":" + seen + ",\"kind\":\"APPROVAL\",\"movers\":"
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
        long seen = api.proposal(5, "APPROVAL", List.of("s1"), null).version();

        Answer second = Interleaving.whileUncommitted(transactions,
                () -> SignedIn.as(accounts.loadUserByUsername("sekreterare"), () -> console.addProposal(
                        meeting.meetingId(), meeting.paragraph(5), seen, new MeetingConsole.ProposalInput(
                                ProposalKind.OWN, List.of(meeting.person("c")), List.of(), List.of("tillstyrka"),
                                null, null))),
                () -> api.post(meeting.paragraphUrl(5) + "/proposals", "{\"version\":" + seen
                        + ",\"kind\":\"REJECTION\",\"movers\":" + api.ids(List.of("sd")) + "}"));

        assertThat(second.status()).as(second.body()).isEqualTo(409);
        assertThat(second.<List<String>>read("$.current.proposals[*].kind")).containsExactly("APPROVAL", "OWN");
        assertThat(api.get(meeting.paragraphUrl(5)).<List<String>>read("$.proposals[*].kind"))
                .containsExactly("APPROVAL", "OWN");
    }
}
