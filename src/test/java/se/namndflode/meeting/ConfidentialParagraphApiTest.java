package se.namndflode.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.namndflode.IntegrationTest;
import se.namndflode.meeting.ConsoleApiSupport.Answer;
import se.namndflode.meeting.ConsoleFixtures.OpenMeeting;
import se.namndflode.meeting.MeetingConsole.DecisionInput;
import se.namndflode.meeting.MeetingConsole.ProposalInput;
import se.namndflode.registry.Matter;
import se.namndflode.registry.MatterKind;
import se.namndflode.shared.security.Role;
import se.namndflode.shared.security.SignedInUser;

/**
 * A confidential matter's paragraph through the console, the members' live view and the minutes' Sammanfattning
 * (docs/decisions.md, "Confidential paragraphs in the console, the live view and the minutes"): a politician of the
 * board and the secretary not granted the matter get its register entry (number, public title), how it was handled
 * and the tally, but no text of it; the secretary can still record the paragraph; an entitled reader (a registrar)
 * gets everything.
 */
@IntegrationTest
class ConfidentialParagraphApiTest {

    static final String SECRET_TITLE = "Ansökan om LVU för barnet Hemlig Åström";
    static final String PUBLIC_TITLE = "Ansökan enligt LVU";
    static final String STAFF_POINT = "Socialnämnden ansöker om vård av Hemlig Åström enligt 2 § LVU.";
    static final String CLAUSE = "att Hemlig Åström ska placeras i familjehem";
    static final String ARGUMENT = "Barnets skolgång hos Hemlig Åström har brutits.";
    static final String DECISION = "Nämnden ansöker om vård av Hemlig Åström enligt LVU.";
    static final String RESERVATION = "Vi menar att Hemlig Åström borde höras igen.";
    static final String STATEMENT = "Liberalerna noterar att Hemlig Åström har fått stöd.";
    static final String SUMMARY = "Hemlig Åström har vårdats sedan mars.";
    static final List<String> SECRETS = List.of(SECRET_TITLE, STAFF_POINT, CLAUSE, ARGUMENT, DECISION, RESERVATION,
            STATEMENT, SUMMARY, "Hemlig");

    @Autowired
    MockMvc mvc;
    @Autowired
    ConsoleFixtures fixtures;
    @Autowired
    MeetingFixtures meetingFixtures;
    @Autowired
    MeetingConsole console;
    @Autowired
    LiveView live;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    OpenMeeting meeting;
    ConsoleApiSupport api;
    Matter secret;

    @BeforeEach
    void record() {
        meeting = fixtures.openMeeting(boardId -> List.of(
                meetingFixtures.awaitingAgenda(boardId, "Remiss om samarbete för skyddade boenden"),
                meetingFixtures.awaitingAgenda(boardId, MatterKind.REPORT, SECRET_TITLE, true)));
        secret = meeting.matters().get(1);
        jdbc.update("update matter set public_title = ? where id = ?", PUBLIC_TITLE, secret.getId());
        jdbc.update("update meeting_paragraph set public_title = ? where id = ?", PUBLIC_TITLE,
                meeting.paragraph(6));
        fixtures.approvedReport(secret, STAFF_POINT);
        api = new ConsoleApiSupport(mvc, meeting, fixtures.as("sekreterare"));
        Long id = meeting.meetingId();
        for (String key : List.of("s1", "s2", "s3", "s4", "v1", "v2", "mp", "l", "m1", "m2", "m3", "c", "sd")) {
            console.recordChange(id, console.attendance(id).version(),
                    new AttendanceChange(meeting.person(key), AttendanceChange.Movement.ARRIVED, null));
        }
        console.addProposal(id, meeting.paragraph(6), version(), new ProposalInput(ProposalKind.APPROVE,
                List.of(meeting.person("s1")), List.of(), List.of(), null, null));
        console.addProposal(id, meeting.paragraph(6), version(), new ProposalInput(ProposalKind.OWN,
                List.of(meeting.person("m1")), List.of(), List.of(CLAUSE), ARGUMENT, null));
        console.recordFinding(id, meeting.paragraph(6), version(), QuestionKind.MAIN, "ADMINISTRATION");
        live.takeUp(id, meeting.paragraph(6));
    }

    private long version() {
        return console.paragraph(meeting.meetingId(), meeting.paragraph(6)).version();
    }

    private void decide() {
        Long id = meeting.meetingId();
        console.decide(id, meeting.paragraph(6), version(), new DecisionInput(List.of(DECISION), null, false, null,
                null));
        console.addDissent(id, meeting.paragraph(6), version(), List.of(meeting.person("m1")), 2, RESERVATION);
        console.addStatement(id, meeting.paragraph(6), version(), List.of(meeting.person("l")), STATEMENT);
    }

    private RequestPostProcessor member() {
        return fixtures.politician(meeting.person("m2"));
    }

    /** A registrar who also keeps the board's minutes: entitled to every confidential matter by role. */
    private static RequestPostProcessor registrar() {
        return user(new SignedInUser(-2L, "registrator-test", "{noop}x", true, true, "Registrator",
                Set.of(Role.REGISTRAR, Role.SECRETARY), Set.of("stockholm"), null));
    }

    private Answer get(String url, RequestPostProcessor who) {
        return api.send(MockMvcRequestBuilders.get(url), who);
    }

    private static void assertNoSecret(Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        for (String text : SECRETS) {
            assertThat(answer.body()).as(answer.body()).doesNotContain(text);
        }
    }

    @Test
    void beforeTheDecisionTheStaffReportsPointsAndTheYrkandensTextsReachOnlyTheEntitled() {
        String url = meeting.paragraphUrl(6);
        for (RequestPostProcessor who : List.of(member(), api.secretary)) {
            Answer paragraph = get(url, who);
            assertNoSecret(paragraph);
            assertThat(paragraph.<String>read("$.title")).isEqualTo(PUBLIC_TITLE);
            assertThat(paragraph.<String>read("$.registryNumber")).isEqualTo(secret.getRegistryNumber().toString());
            assertThat(paragraph.<Integer>read("$.proposals.length()")).isEqualTo(2);
            assertThat(paragraph.<Object>read("$.proposedDecision")).isNull();
            assertNoSecret(get(meeting.url() + "/console", who));
        }
        assertNoSecret(get(meeting.url() + "/live", member()));
        assertNoSecret(get(meeting.url() + "/live", api.secretary));

        Answer entitled = get(url, registrar());
        assertThat(entitled.<String>read("$.title")).isEqualTo(SECRET_TITLE);
        assertThat(entitled.body()).contains(CLAUSE).contains(ARGUMENT).contains(STAFF_POINT);
        assertThat(get(meeting.url() + "/live", registrar()).body()).contains(SECRET_TITLE).contains(CLAUSE);
    }

    @Test
    void afterTheDecisionTheOutcomeAndTallyButNoTextReachTheMembers() {
        decide();
        for (RequestPostProcessor who : List.of(member(), api.secretary)) {
            Answer paragraph = get(meeting.paragraphUrl(6), who);
            assertNoSecret(paragraph);
            assertThat(paragraph.<String>read("$.outcome")).isEqualTo("DECIDED");
            assertThat(paragraph.<Integer>read("$.dissents.length()")).isEqualTo(1);
            assertThat(paragraph.<Integer>read("$.statements.length()")).isEqualTo(1);
            Answer liveView = get(meeting.url() + "/live", who);
            assertNoSecret(liveView);
            assertThat(liveView.<String>read("$.current.title")).isEqualTo(PUBLIC_TITLE);
            assertThat(liveView.<String>read("$.current.outcome")).isEqualTo("DECIDED");
            assertThat(liveView.<List<String>>read("$.current.decision")).isEmpty();
        }
        Answer entitled = get(meeting.paragraphUrl(6), registrar());
        assertThat(entitled.body()).contains(DECISION).contains(RESERVATION).contains(STATEMENT);
        Answer entitledLive = get(meeting.url() + "/live", registrar());
        assertThat(entitledLive.body()).contains(DECISION).contains(STATEMENT);
    }

    @Test
    void theSecretaryNotGrantedTheMatterStillRecordsItsParagraph() {
        console.resetProposition(meeting.meetingId(), meeting.paragraph(6), version());
        Answer added = api.send(MockMvcRequestBuilders.post(meeting.paragraphUrl(6) + "/proposals")
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + version() + ",\"kind\":\"OWN\","
                        + "\"movers\":[" + meeting.person("v1") + "],\"concurrences\":[],\"clauses\":[\"att Hemlig "
                        + "Åström ska få stöd\"],\"argument\":null,\"reason\":null}"), api.secretary);

        assertNoSecret(added);
        assertThat(added.<Integer>read("$.proposals.length()")).isEqualTo(3);
        Answer changed = api.send(MockMvcRequestBuilders.put(meeting.paragraphUrl(6) + "/proposals/2")
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + version() + ",\"kind\":\"OWN\","
                        + "\"movers\":[" + meeting.person("m1") + "],\"concurrences\":[],\"clauses\":[],"
                        + "\"argument\":null,\"reason\":null}"), api.secretary);
        assertThat(changed.status()).as(changed.body()).isEqualTo(403);
        assertThat(get(meeting.paragraphUrl(6), registrar()).body()).contains(CLAUSE).contains(ARGUMENT);
        assertThat(get(meeting.paragraphUrl(6), registrar()).body()).contains("att Hemlig Åström ska få stöd");
    }

    @Test
    void theSummaryOfAConfidentialParagraphIsRefusedToTheNotEntitled() {
        String url = meeting.url() + "/minutes/paragraphs/" + meeting.paragraph(6) + "/summary";
        Answer written = api.send(MockMvcRequestBuilders.put(url).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":0,\"text\":\"" + SUMMARY + "\"}"), registrar());
        assertThat(written.status()).as(written.body()).isEqualTo(200);

        Answer bySecretary = api.send(MockMvcRequestBuilders.put(url).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":1,\"text\":\"Något annat om Hemlig Åström.\"}"), api.secretary);
        assertThat(bySecretary.status()).isEqualTo(403);

        for (RequestPostProcessor who : List.of(member(), api.secretary)) {
            Answer refused = get(url, who);
            assertThat(refused.status()).as(refused.body()).isEqualTo(403);
            assertThat(refused.body()).contains(secret.getRegistryNumber().toString()).contains(PUBLIC_TITLE);
            for (String text : SECRETS) {
                assertThat(refused.body()).doesNotContain(text);
            }
        }
        Answer entitled = get(url, registrar());
        assertThat(entitled.status()).isEqualTo(200);
        assertThat(entitled.<String>read("$.text")).isEqualTo(SUMMARY);
        Answer open = get(meeting.url() + "/minutes/paragraphs/" + meeting.paragraph(5) + "/summary", member());
        assertThat(open.status()).isEqualTo(200);
    }
}
