package se.namndflode.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;
import se.namndflode.IntegrationTest;
import se.namndflode.MunicipalityFixtures;
import se.namndflode.meeting.ConsoleFixtures.OpenMeeting;
import se.namndflode.organisation.Accounts;
import se.namndflode.organisation.OrganisationAdmin;
import se.namndflode.shared.security.Role;

/**
 * The console page and the live view page: who may open them, that they load the project's own scripts (no inline
 * script, as the Content-Security-Policy requires) with their texts in the user's language, and that the meeting's
 * page links to them.
 */
@IntegrationTest
class ConsolePagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ConsoleFixtures fixtures;
    @Autowired
    OrganisationAdmin admin;
    @Autowired
    Accounts accounts;
    @Autowired
    ObjectMapper json;

    OpenMeeting meeting;

    @BeforeEach
    void openMeeting() {
        meeting = fixtures.openMeeting();
    }

    private MockHttpServletResponse get(String url, RequestPostProcessor who) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(url).with(who)).andReturn().getResponse();
    }

    private static String html(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    /** The first group of the first match, or null. */
    private static String first(String html, String regex) {
        Matcher matcher = Pattern.compile(regex, Pattern.DOTALL).matcher(html);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static List<String> all(String html, String regex) {
        List<String> found = new ArrayList<>();
        Matcher matcher = Pattern.compile(regex, Pattern.DOTALL).matcher(html);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    /** The attribute of the element with this id, unescaped. */
    private static String attribute(String html, String id, String name) {
        String tag = first(html, "(<[a-z]+[^>]*\\sid=\"" + id + "\"[^>]*>)");
        return tag == null ? null : HtmlUtils.htmlUnescape(first(tag, "\\s" + name + "=\"([^\"]*)\""));
    }

    private String console() {
        return "/sammantraden/" + meeting.meetingId() + "/konsol";
    }

    private String live() {
        return "/sammantraden/" + meeting.meetingId() + "/direkt";
    }

    @Test
    void theSecretarysConsoleLoadsItsScriptWithItsTextsAndNoInlineScript() throws Exception {
        MockHttpServletResponse response = get(console(), fixtures.as("sekreterare"));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Content-Security-Policy")).contains("script-src 'self'")
                .doesNotContain("unsafe-inline");
        String page = html(response);
        assertThat(all(page, "<script([^>]*)>")).containsExactly(" src=\"/js/meeting-console.js\" defer");
        assertThat(all(page, "<script[^>]*>(.*?)</script>")).containsExactly("");
        assertThat(page).as("no inline style either").doesNotContain(" style=");
        assertThat(attribute(page, "console", "data-api")).isEqualTo("/api/v1/meetings/" + meeting.meetingId());
        JsonNode texts = json.readTree(attribute(page, "console", "data-texts"));
        assertThat(texts.get("vote.result").asText()).isEqualTo(
                "Omröstningen utföll med {0} ja-röster, {1} nej-röster, {2} avstår.");
        assertThat(texts.size()).as("every meeting.js.* text").isGreaterThan(100);
        assertThat(first(page, "<meta name=\"_csrf\" content=\"([^\"]+)\"")).isNotBlank();
        assertThat(all(first(page, "<select id=\"proposal-kind\"[^>]*>(.*?)</select>"), "<option value=\"([A-Z_]+)\""))
                .hasSize(ProposalKind.values().length);
        assertThat(all(first(page, "<section id=\"shortcuts\"[^>]*>(.*?)</section>"), "<dt>(.*?)</dt>").size())
                .isGreaterThanOrEqualTo(10);
        assertThat(first(page, "<h1[^>]*>(.*?)</h1>")).startsWith("Konsol: Mötesnämnd");
    }

    @Test
    void theConsoleSpeaksEnglishWhenAskedTo() throws Exception {
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get(console()).param("lang", "en")
                .with(fixtures.as("sekreterare"))).andReturn().getResponse();

        String page = html(response);
        JsonNode texts = json.readTree(attribute(page, "console", "data-texts"));
        assertThat(texts.get("vote.result").asText()).isEqualTo(
                "The vote ended with {0} yes, {1} no, {2} abstaining.");
        assertThat(first(page, "<h1[^>]*>(.*?)</h1>")).startsWith("Console: ");
    }

    @Test
    void theConsoleIsTheSecretarysOnly() throws Exception {
        MunicipalityFixtures.TestMunicipality other = new MunicipalityFixtures(admin, accounts).create("SOF");

        assertThat(get(console(), fixtures.politician(meeting.person("c"))).getStatus()).isEqualTo(403);
        assertThat(get(console(), fixtures.as("handlaggare")).getStatus()).isEqualTo(403);
        assertThat(get(console(), fixtures.as(other.user(Role.SECRETARY))).getStatus()).isEqualTo(404);
        assertThat(mvc.perform(MockMvcRequestBuilders.get(console())).andReturn().getResponse().getStatus())
                .as("anonymous: to the login").isEqualTo(302);
    }

    @Test
    void theBoardsPoliticiansAndTheSecretaryFollowTheMeetingLive() throws Exception {
        MockHttpServletResponse member = get(live(), fixtures.politician(meeting.person("subKD1")));
        MockHttpServletResponse secretary = get(live(), fixtures.as("sekreterare"));
        MockHttpServletResponse outsider = get(live(), fixtures.politician(fixtures.openMeeting().person("c")));
        MockHttpServletResponse caseOfficer = get(live(), fixtures.as("handlaggare"));

        assertThat(member.getStatus()).isEqualTo(200);
        String page = html(member);
        assertThat(all(page, "<script([^>]*)>")).containsExactly(" src=\"/js/meeting-live.js\" defer");
        assertThat(attribute(page, "live", "data-api")).isEqualTo("/api/v1/meetings/" + meeting.meetingId()
                + "/live");
        assertThat(secretary.getStatus()).isEqualTo(200);
        assertThat(outsider.getStatus()).isEqualTo(403);
        assertThat(caseOfficer.getStatus()).isEqualTo(403);
    }

    @Test
    void theMeetingsPageLinksTheSecretaryToTheConsoleAndMembersToTheLiveView() throws Exception {
        String meetingPage = "/sammantraden/" + meeting.meetingId();

        String asSecretary = html(get(meetingPage, fixtures.as("sekreterare")));
        String asCaseOfficer = html(get(meetingPage, fixtures.as("handlaggare")));

        assertThat(first(asSecretary, "<a[^>]*href=\"" + console() + "\"[^>]*>(.*?)</a>")).isEqualTo("Öppna konsolen");
        assertThat(first(asSecretary, "<a[^>]*href=\"" + live() + "\"[^>]*>(.*?)</a>"))
                .isEqualTo("Följ sammanträdet direkt");
        assertThat(asCaseOfficer).doesNotContain(console()).doesNotContain(live());
    }

    @Test
    void theScriptsAreServedFromTheProject() throws Exception {
        for (String asset : new String[] {"/js/meeting-console.js", "/js/meeting-live.js", "/css/meeting-console.css"}) {
            MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get(asset)).andReturn()
                    .getResponse();
            assertThat(response.getStatus()).as(asset).isEqualTo(200);
            Matcher external = Pattern.compile("https?://").matcher(response.getContentAsString(StandardCharsets.UTF_8));
            assertThat(external.find()).as(asset + " loads nothing from elsewhere").isFalse();
        }
    }
}
