package se.namndflode.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;


import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.namndflode.IntegrationTest;
import se.namndflode.meeting.Meeting;
import se.namndflode.meeting.Meetings;
import se.namndflode.meeting.RecordedMeetingFixtures;
import se.namndflode.meeting.RecordedMeetingFixtures.Recorded;
import se.namndflode.organisation.Accounts;
import se.namndflode.shared.security.Role;
import se.namndflode.shared.security.SignedInUser;
import se.namndflode.shared.time.WorkingDayCalendar;

/**
 * The minutes through the API and the pages: the secretary reads the internal document, a member of the board the
 * public one (not entitled to the confidential matter), a politician of another board nothing (404); before the
 * meeting was opened there are no minutes (422 with a Swedish detail); the board's next meeting of the year gets the
 * next number.
 */
@IntegrationTest
class MinutesDocumentApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    RecordedMeetingFixtures fixtures;
    @Autowired
    Accounts accounts;
    @Autowired
    Meetings meetings;

    Recorded meeting;

    @BeforeEach
    void record() {
        meeting = fixtures.recorded();
    }

    private record Answer(int status, String contentType, String body, byte[] bytes) {

        <T> T read(String path) {
            return JsonPath.read(body, path);
        }
    }

    private Answer put(String url, String json, RequestPostProcessor who) throws Exception {
        MockHttpServletResponse response = mvc.perform(org.springframework.test.web.servlet.request
                .MockMvcRequestBuilders.put(url).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content(json).with(who).with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf())).andReturn().getResponse();
        return new Answer(response.getStatus(), response.getContentType(),
                response.getContentAsString(StandardCharsets.UTF_8), response.getContentAsByteArray());
    }

    private Answer get(String url, RequestPostProcessor who) throws Exception {
        MockHttpServletResponse response = mvc.perform(org.springframework.test.web.servlet.request
                .MockMvcRequestBuilders.get(url).with(who)).andReturn().getResponse();
        return new Answer(response.getStatus(), response.getContentType(),
                response.getContentAsString(StandardCharsets.UTF_8), response.getContentAsByteArray());
    }

    private RequestPostProcessor secretary() {
        return user(accounts.loadUserByUsername("sekreterare"));
    }

    /** A registrar: entitled to every confidential matter of the municipality (the registry's rule). */
    private static RequestPostProcessor registrar() {
        return user(new SignedInUser(-2L, "registrator-test", "{noop}x", true, true, "Registrator",
                Set.of(Role.REGISTRAR), Set.of("stockholm"), null));
    }

    private static RequestPostProcessor politician(Long personId) {
        return user(new SignedInUser(-1L, "ledamot-" + personId, "{noop}x", true, true, "Ledamot",
                Set.of(Role.POLITICIAN), Set.of("stockholm"), personId));
    }

    @Test
    void anEntitledReaderReadsTheInternalMinutesAsJsonHtmlAndPdf() throws Exception {
        String url = "/api/v1/meetings/" + meeting.meetingId() + "/minutes";

        Answer json = get(url, registrar());

        assertThat(json.status()).as(json.body()).isEqualTo(200);
        assertThat(json.<String>read("$.title")).startsWith("Protokoll nr 1/");
        assertThat(json.<String>read("$.audience")).isEqualTo("INTERNAL");
        assertThat(json.<String>read("$.cover.paragraphRange")).isEqualTo("§§ 1–9");
        assertThat(json.<List<String>>read("$.paragraphs[?(@.number == 6)].title"))
                .containsExactly(RecordedMeetingFixtures.SECRET_TITLE);
        assertThat(json.<List<String>>read("$.paragraphs[?(@.number == 5)].votes[0].rollCall[*]"))
                .contains("S1 Testsson (S): ja", "SD Testsson (SD): nej");

        Answer pdf = get(url + ".pdf", registrar());
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.bytes(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        Answer meetingPage = get("/sammantraden/" + meeting.meetingId(), secretary());
        assertThat(meetingPage.body()).contains("id=\"minutes-link\"")
                .contains("/sammantraden/" + meeting.meetingId() + "/protokoll.pdf?version=offentlig");
        Answer page = get("/sammantraden/" + meeting.meetingId() + "/protokoll", registrar());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("Beslutande").contains(RecordedMeetingFixtures.SECRET_TITLE);

        Answer extract = get(url + "/extracts/" + meeting.paragraph(5), secretary());
        assertThat(extract.status()).isEqualTo(200);
        assertThat(extract.<String>read("$.label")).isEqualTo("§ 5");
        Answer extractPage = get("/sammantraden/" + meeting.meetingId() + "/protokoll/" + meeting.paragraph(5)
                + "/utdrag", secretary());
        assertThat(extractPage.body()).contains("Rätt utdraget intygar");
    }

    @Test
    void theSecretaryNotGrantedTheConfidentialMatterReadsThePublicVersion() throws Exception {
        Answer json = get("/api/v1/meetings/" + meeting.meetingId() + "/minutes", secretary());

        assertThat(json.status()).as(json.body()).isEqualTo(200);
        assertThat(json.<String>read("$.audience")).isEqualTo("PUBLIC");
        assertThat(json.body()).doesNotContain("LVU");
        assertThat(json.<List<String>>read("$.paragraphs[?(@.number == 5)].proposals[*]")).hasSize(2);
    }

    @Test
    void aMemberNotEntitledToTheConfidentialMatterGetsThePublicVersionWhateverTheyAsk() throws Exception {
        Answer json = get("/api/v1/meetings/" + meeting.meetingId() + "/minutes?audience=INTERNAL",
                politician(meeting.persons().get("s2")));

        assertThat(json.status()).as(json.body()).isEqualTo(200);
        assertThat(json.<String>read("$.audience")).isEqualTo("PUBLIC");
        assertThat(json.body()).doesNotContain("LVU").doesNotContain("Hemlig")
                .contains("Sekretess enligt OSL 26 kap. 1 §");
        Answer page = get("/sammantraden/" + meeting.meetingId() + "/protokoll",
                politician(meeting.persons().get("s2")));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("LVU").contains("Offentlig version");
        Answer extract = get("/api/v1/meetings/" + meeting.meetingId() + "/minutes/extracts/" + meeting.paragraph(6),
                politician(meeting.persons().get("s2")));
        assertThat(extract.<Boolean>read("$.withheld")).isTrue();
        assertThat(extract.body()).doesNotContain("LVU");
    }

    @Test
    void aPoliticianOfAnotherBoardFindsNoMinutes() throws Exception {
        Answer json = get("/api/v1/meetings/" + meeting.meetingId() + "/minutes", politician(987654321L));

        assertThat(json.status()).isEqualTo(404);
        assertThat(json.body()).doesNotContain("Testsson");
    }

    @Test
    void aMeetingNotYetOpenedHasNoMinutesAndTheBoardsNextMeetingGetsTheNextNumber() throws Exception {
        Meeting planned = meetings.plan(meeting.boardId(), LocalDate.now(WorkingDayCalendar.STOCKHOLM).plusDays(7),
                LocalTime.of(18, 0), "Sammanträdesrummet");

        Answer refused = get("/api/v1/meetings/" + planned.getId() + "/minutes", secretary());

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.<String>read("$.detail"))
                .isEqualTo("Protokollet kan upprättas först när sammanträdet har öppnats.");

        Meeting next = meetings.plan(meeting.boardId(), LocalDate.now(WorkingDayCalendar.STOCKHOLM),
                LocalTime.of(7, 15), "Sammanträdesrummet");
        meetings.setAgenda(next.getId());
        meetings.open(next.getId());
        assertThat(get("/api/v1/meetings/" + meeting.meetingId() + "/minutes", secretary()).<String>read("$.title"))
                .startsWith("Protokoll nr 1/");
        assertThat(get("/api/v1/meetings/" + next.getId() + "/minutes", secretary()).<String>read("$.title"))
                .isEqualTo("Protokoll nr 2/" + LocalDate.now(WorkingDayCalendar.STOCKHOLM).getYear());
    }

    @Test
    void theSecretaryWritesAStandardItemsSummaryAndWhoElseWasPresentAndAStaleFormIsRefused() throws Exception {
        String url = "/api/v1/meetings/" + meeting.meetingId() + "/minutes";
        String summaryUrl = url + "/paragraphs/" + meeting.paragraph(3) + "/summary";

        Answer written = put(summaryUrl, "{\"version\":0,\"text\":\"Socialförvaltningen hade ingen information vid "
                + "detta sammanträde.\\n\\nProjektledaren informerade om projektet Samordnad tillsyn.\"}", secretary());
        Answer stale = put(summaryUrl, "{\"version\":0,\"text\":\"Något annat.\"}", secretary());
        Answer byMember = put(summaryUrl, "{\"version\":1,\"text\":\"Något annat.\"}",
                politician(meeting.persons().get("s2")));
        long version = get(url, secretary()).<Number>read("$.lockVersion").longValue();
        Answer others = put(url + "/others-present", "{\"version\":" + version + ",\"text\":\"Maria Svensson, "
                + "socialdirektör\\nPer Ek, nämndsekreterare\"}", secretary());

        assertThat(written.status()).as(written.body()).isEqualTo(200);
        assertThat(written.<Number>read("$.version").longValue()).isEqualTo(1);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(byMember.status()).isEqualTo(403);
        assertThat(others.status()).as(others.body()).isEqualTo(200);
        assertThat(others.<List<String>>read("$.cover.othersPresent")).containsExactly("Maria Svensson, socialdirektör",
                "Per Ek, nämndsekreterare");
        String page = get("/sammantraden/" + meeting.meetingId() + "/protokoll", secretary()).body();
        assertThat(page).contains("Övriga närvarande").contains("Projektledaren informerade om projektet Samordnad "
                + "tillsyn.");
        assertThat(get(summaryUrl, secretary()).<String>read("$.text")).startsWith("Socialförvaltningen hade ingen");
        // A paragraph of another meeting is not found, and nothing changed.
        Answer other = put(url + "/paragraphs/-5/summary", "{\"version\":0,\"text\":\"x\"}", secretary());
        assertThat(other.status()).isEqualTo(404);
    }
}
