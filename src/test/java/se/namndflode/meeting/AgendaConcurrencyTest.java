package se.namndflode.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import se.namndflode.IntegrationTest;
import se.namndflode.Interleaving;
import se.namndflode.MunicipalityFixtures;
import se.namndflode.SignedIn;
import se.namndflode.organisation.Accounts;
import se.namndflode.organisation.OrganisationAdmin;
import se.namndflode.registry.Matter;
import se.namndflode.registry.MatterKind;
import se.namndflode.shared.security.Role;
import se.namndflode.shared.time.WorkingDayCalendar;

/**
 * Two secretaries prepare the same meeting at once, each from the meeting as they saw it (its version): its agenda
 * (an item added, removed or moved, a confidential matter's public title, myndighetsutövning, "anmäls igen"), its
 * justering, and the board's agenda template — through the API and on the pages, and at the very same moment. The
 * first one's change stands; the second is refused (409; on the page with the Swedish reason, the meeting as it is
 * now and its version now) and nothing of theirs is saved, nor audited. A change without a version is a bad request.
 */
@IntegrationTest
class AgendaConcurrencyTest {

    static final String PROBLEM = "https://namndflode.se/problem/";
    static final String CHANGED = "Någon annan har ändrat sammanträdet med ";
    static final String TEMPLATE_CHANGED = "Någon annan har ändrat föredragningslistans mall för ";

    @Autowired
    MockMvc mvc;
    @Autowired
    Meetings meetings;
    @Autowired
    AgendaTemplate template;
    @Autowired
    MeetingFixtures fixtures;
    @Autowired
    Accounts accounts;
    @Autowired
    OrganisationAdmin admin;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    Long board;
    Meeting meeting;
    /** A second secretary of Stockholm, who works from the same page as the first ("sekreterare"). */
    String other;

    @BeforeEach
    void aPlannedMeetingAndTwoSecretaries() {
        board = fixtures.newBoard();
        meeting = meetings.plan(board, LocalDate.now(WorkingDayCalendar.STOCKHOLM).plusWeeks(3), LocalTime.NOON,
                "Rummet");
        other = new MunicipalityFixtures(admin, accounts).account("sekreterare." + MunicipalityFixtures.letters(8),
                EnumSet.of(Role.SECRETARY), Set.of(fixtures.stockholm()));
    }

    RequestPostProcessor first() {
        return user(accounts.loadUserByUsername("sekreterare"));
    }

    RequestPostProcessor second() {
        return user(accounts.loadUserByUsername(other));
    }

    long version() {
        return meetings.meeting(meeting.getId()).getVersion();
    }

    /** The meeting's audit events, oldest first (their actions). */
    List<String> audit() {
        return jdbc.queryForList("select action from audit_event where entity_type = ? and entity_id = ? order by id",
                String.class, Meetings.ENTITY, meeting.getId().toString());
    }

    List<String> templateAudit() {
        return jdbc.queryForList("select action from audit_event where entity_type = 'Board' and entity_id = ? "
                + "order by id", String.class, board.toString());
    }

    static List<String> plus(List<String> events, String added) {
        List<String> all = new ArrayList<>(events);
        all.add(added);
        return all;
    }

    List<String> titles() {
        return meetings.paragraphs(meeting.getId()).stream().map(Paragraph::getTitle).toList();
    }

    Paragraph item(int position) {
        return meetings.paragraphs(meeting.getId()).get(position - 1);
    }

    Paragraph paragraph(Long id) {
        return meetings.paragraph(meeting.getId(), id);
    }

    String api(String path) {
        return "/api/v1/meetings/" + meeting.getId() + path;
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body).with(csrf());
    }

    String page(String path) {
        return "/sammantraden/" + meeting.getId() + path;
    }

    /**
     * The first secretary's change through the API from the version both read stands; the second's, from the same
     * version, is refused with the meeting as it is now in {@code current}; only the first is audited.
     */
    ResultActions twoThroughTheApi(Function<Long, MockHttpServletRequestBuilder> firstChange,
            Function<Long, MockHttpServletRequestBuilder> secondChange, String action) throws Exception {
        long seen = version();
        List<String> before = audit();
        mvc.perform(firstChange.apply(seen).with(first())).andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(version()));
        long now = version();
        assertThat(now).isGreaterThan(seen);
        ResultActions refused = mvc.perform(secondChange.apply(seen).with(second()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(PROBLEM + "concurrent-change"))
                .andExpect(jsonPath("$.detail").value(containsString(CHANGED)))
                .andExpect(jsonPath("$.detail").value(containsString("din ändring är inte sparad")))
                .andExpect(jsonPath("$.current.id").value(meeting.getId()))
                .andExpect(jsonPath("$.current.version").value(now));
        assertThat(version()).isEqualTo(now);
        assertThat(audit()).isEqualTo(plus(before, action));
        return refused;
    }

    /**
     * As {@link #twoThroughTheApi} on the meeting's page: the second secretary's page answers 409 with the Swedish
     * reason above the agenda and the meeting as it is now, its forms carrying the version now.
     */
    ResultActions twoOnThePage(Function<String, MockHttpServletRequestBuilder> firstChange,
            Function<String, MockHttpServletRequestBuilder> secondChange, String action) throws Exception {
        String seen = String.valueOf(version());
        mvc.perform(get(page("")).with(second()))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + seen + "\"")));
        List<String> before = audit();
        mvc.perform(firstChange.apply(seen).with(first()).with(csrf()))
                .andExpect(redirectedUrl("/sammantraden/" + meeting.getId()));
        String now = String.valueOf(version());
        ResultActions refused = mvc.perform(secondChange.apply(seen).with(second()).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("id=\"refusal\"")))
                .andExpect(content().string(containsString(CHANGED)))
                .andExpect(content().string(containsString("din ändring är inte sparad")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + now + "\"")))
                .andExpect(content().string(not(containsString("name=\"version\" value=\"" + seen + "\""))));
        assertThat(String.valueOf(version())).isEqualTo(now);
        assertThat(audit()).isEqualTo(plus(before, action));
        return refused;
    }

    // --- Adding, removing and moving items ---------------------------------------------------------------------

    static String itemBody(String title, Long version) {
        return "{\"title\": \"" + title + "\"" + (version == null ? "" : ", \"version\": " + version) + "}";
    }

    @Test
    void theApiRefusesTheSecondOfTwoItemsAddedFromTheSameVersionAndShowsTheFirst() throws Exception {
        twoThroughTheApi(seen -> json(post(api("/agenda/items")), itemBody("Studiebesök", seen)),
                seen -> json(post(api("/agenda/items")), itemBody("Förvaltningschefen informerar", seen)),
                "AGENDA_ITEM_ADDED")
                .andExpect(jsonPath("$.current.agenda[4].title").value("Studiebesök"));
        assertThat(titles()).contains("Studiebesök").doesNotContain("Förvaltningschefen informerar");
    }

    @Test
    void theSecondSecretaryAddingAnItemOnThePageSeesTheFirstOnesItemAndNothingOfTheirs() throws Exception {
        twoOnThePage(seen -> post(page("/punkter")).param("title", "Studiebesök").param("version", seen),
                seen -> post(page("/punkter")).param("title", "Förvaltningschefen informerar").param("version", seen),
                "AGENDA_ITEM_ADDED")
                .andExpect(content().string(containsString("Studiebesök")));
        assertThat(titles()).contains("Studiebesök").doesNotContain("Förvaltningschefen informerar");
    }

    @Test
    void theApiRefusesTheSecondRemovalFromTheSameVersion() throws Exception {
        Long information = item(3).getId();
        Long questions = item(4).getId();
        twoThroughTheApi(seen -> json(delete(api("/agenda/items/" + information)), "{\"version\": " + seen + "}"),
                seen -> json(delete(api("/agenda/items/" + questions)), "{\"version\": " + seen + "}"),
                "AGENDA_ITEM_REMOVED");
        assertThat(titles()).doesNotContain("Information").contains("Ledamöternas frågor");
    }

    @Test
    void theSecondSecretaryRemovingAnItemOnThePageIsRefused() throws Exception {
        Long information = item(3).getId();
        Long questions = item(4).getId();
        twoOnThePage(seen -> post(page("/punkter/" + information + "/ta-bort")).param("version", seen),
                seen -> post(page("/punkter/" + questions + "/ta-bort")).param("version", seen),
                "AGENDA_ITEM_REMOVED");
        assertThat(titles()).doesNotContain("Information").contains("Ledamöternas frågor");
    }

    @Test
    void theApiRefusesTheSecondMoveFromTheSameVersionAndTheFirstOrderStands() throws Exception {
        Long questions = item(4).getId();
        Long information = item(3).getId();
        twoThroughTheApi(
                seen -> json(post(api("/agenda/items/" + questions + "/move")), "{\"to\": 1, \"version\": " + seen
                        + "}"),
                seen -> json(post(api("/agenda/items/" + information + "/move")), "{\"to\": 1, \"version\": "
                        + seen + "}"),
                "AGENDA_REORDERED")
                .andExpect(jsonPath("$.current.agenda[0].title").value("Ledamöternas frågor"));
        assertThat(titles().get(0)).isEqualTo("Ledamöternas frågor");
    }

    @Test
    void theSecondSecretaryMovingAnItemOnThePageIsRefusedAndSeesTheFirstOrder() throws Exception {
        Long questions = item(4).getId();
        Long information = item(3).getId();
        twoOnThePage(seen -> post(page("/punkter/" + questions + "/flytta")).param("to", "1").param("version", seen),
                seen -> post(page("/punkter/" + information + "/flytta")).param("to", "1").param("version", seen),
                "AGENDA_REORDERED");
        assertThat(titles().get(0)).isEqualTo("Ledamöternas frågor");
    }

    // --- The items' public title and flags ---------------------------------------------------------------------

    @Test
    void theApiRefusesTheSecondPublicTitleFromTheSameVersion() throws Exception {
        Matter secret = fixtures.awaitingAgenda(board, MatterKind.REPORT, "Lex Sarah om boende Y", true);
        Long item = fixtures.place(meetings, meeting.getId(), secret).getId();
        twoThroughTheApi(
                seen -> json(put(api("/agenda/items/" + item + "/public-title")),
                        "{\"publicTitle\": \"Anmälan enligt lex Sarah\", \"version\": " + seen + "}"),
                seen -> json(put(api("/agenda/items/" + item + "/public-title")),
                        "{\"publicTitle\": \"Rapport om ett boende\", \"version\": " + seen + "}"),
                "PARAGRAPH_CHANGED");
        assertThat(paragraph(item).getPublicTitle()).isEqualTo("Anmälan enligt lex Sarah");
    }

    @Test
    void theSecondSecretarySettingAPublicTitleOnThePageIsRefused() throws Exception {
        Matter secret = fixtures.awaitingAgenda(board, MatterKind.REPORT, "Lex Sarah om boende Z", true);
        Long item = fixtures.place(meetings, meeting.getId(), secret).getId();
        twoOnThePage(
                seen -> post(page("/offentlig-rubrik")).param("paragraphId", item.toString())
                        .param("publicTitle", "Anmälan enligt lex Sarah").param("version", seen),
                seen -> post(page("/offentlig-rubrik")).param("paragraphId", item.toString())
                        .param("publicTitle", "Rapport om ett boende").param("version", seen),
                "PARAGRAPH_CHANGED")
                .andExpect(content().string(containsString("Anmälan enligt lex Sarah")));
        assertThat(paragraph(item).getPublicTitle()).isEqualTo("Anmälan enligt lex Sarah");
    }

    @Test
    void theApiRefusesTheSecondExerciseOfAuthorityFlagFromTheSameVersion() throws Exception {
        Long item = fixtures.place(meetings, meeting.getId(), fixtures.awaitingAgenda(board, "Bistånd")).getId();
        twoThroughTheApi(
                seen -> json(put(api("/agenda/items/" + item + "/exercise-of-authority")),
                        "{\"value\": true, \"version\": " + seen + "}"),
                seen -> json(put(api("/agenda/items/" + item + "/exercise-of-authority")),
                        "{\"value\": false, \"version\": " + seen + "}"),
                "PARAGRAPH_CHANGED")
                .andExpect(jsonPath("$.current.agenda[?(@.id == " + item + ")].exerciseOfAuthority").value(true));
        assertThat(paragraph(item).isExerciseOfAuthority()).isTrue();
    }

    @Test
    void theSecondSecretaryMarkingExerciseOfAuthorityOnThePageIsRefused() throws Exception {
        Long item = fixtures.place(meetings, meeting.getId(), fixtures.awaitingAgenda(board, "Bistånd")).getId();
        String url = page("/punkter/" + item + "/myndighetsutovning");
        twoOnThePage(seen -> post(url).param("value", "true").param("version", seen),
                seen -> post(url).param("value", "false").param("version", seen), "PARAGRAPH_CHANGED");
        assertThat(paragraph(item).isExerciseOfAuthority()).isTrue();
    }

    @Test
    void theApiRefusesTheSecondReportAgainFlagFromTheSameVersion() throws Exception {
        Long item = fixtures.place(meetings, meeting.getId(), fixtures.awaitingAgenda(board,
                MatterKind.DELEGATED_DECISION, "Delegationsbeslut, ekonomiskt bistånd", false)).getId();
        twoThroughTheApi(
                seen -> json(put(api("/agenda/items/" + item + "/report-again")),
                        "{\"value\": true, \"version\": " + seen + "}"),
                seen -> json(put(api("/agenda/items/" + item + "/report-again")),
                        "{\"value\": false, \"version\": " + seen + "}"),
                "PARAGRAPH_CHANGED");
        assertThat(paragraph(item).isReportAgain()).isTrue();
    }

    @Test
    void theSecondSecretaryMarkingReportAgainOnThePageIsRefused() throws Exception {
        Long item = fixtures.place(meetings, meeting.getId(), fixtures.awaitingAgenda(board,
                MatterKind.DELEGATED_DECISION, "Delegationsbeslut, färdtjänst", false)).getId();
        String url = page("/punkter/" + item + "/anmals-igen");
        twoOnThePage(seen -> post(url).param("value", "true").param("version", seen),
                seen -> post(url).param("value", "false").param("version", seen), "PARAGRAPH_CHANGED");
        assertThat(paragraph(item).isReportAgain()).isTrue();
    }

    // --- The justering -------------------------------------------------------------------------------------------

    String justeringBody(String place, Long version) {
        return "{\"at\": \"" + meeting.getDay().plusDays(3) + "T10:00\", \"place\": \"" + place + "\""
                + (version == null ? "" : ", \"version\": " + version) + "}";
    }

    @Test
    void theApiRefusesTheSecondJusteringFromTheSameVersionAndGivesTheFirst() throws Exception {
        twoThroughTheApi(seen -> json(put(api("/justering")), justeringBody("Rådhuset", seen)),
                seen -> json(put(api("/justering")), justeringBody("Stadshuset", seen)), "JUSTERING_SET")
                .andExpect(jsonPath("$.current.justeringPlace").value("Rådhuset"));
        assertThat(meetings.meeting(meeting.getId()).getJusteringPlace()).isEqualTo("Rådhuset");
    }

    @Test
    void theSecondSecretarySettingTheJusteringOnThePageSeesTheFirstOnesInTheForm() throws Exception {
        String at = meeting.getDay().plusDays(3) + "T10:00";
        twoOnThePage(
                seen -> post(page("/justering")).param("justeringAt", at).param("justeringPlace", "Kommunhuset")
                        .param("version", seen),
                seen -> post(page("/justering")).param("justeringAt", at).param("justeringPlace", "Tekniska huset")
                        .param("version", seen),
                "JUSTERING_SET")
                .andExpect(content().string(containsString("value=\"Kommunhuset\"")))
                .andExpect(content().string(not(containsString("value=\"Tekniska huset\""))));
        assertThat(meetings.meeting(meeting.getId()).getJusteringPlace()).isEqualTo("Kommunhuset");
    }

    /**
     * The first secretary's justering is written and held uncommitted while the second one's request, from the same
     * version, runs: the second waits for the first (the meeting's row is locked), then is refused naming the first's.
     */
    @Test
    void theSecondOfTwoSimultaneousJusteringsWaitsForTheFirstAndIsRefused() throws Exception {
        long seen = version();
        List<String> before = audit();
        Interleaving.whileUncommitted(transactions,
                () -> SignedIn.as(accounts.loadUserByUsername("sekreterare"), () -> {
                    meetings.setJustering(meeting.getId(), seen, meeting.getDay().plusDays(3)
                            .atTime(10, 0).atZone(WorkingDayCalendar.STOCKHOLM).toOffsetDateTime(), "Rådhuset");
                    return null;
                }),
                () -> mvc.perform(json(put(api("/justering")), justeringBody("Stadshuset", seen)).with(second())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(PROBLEM + "concurrent-change"))
                .andExpect(jsonPath("$.current.justeringPlace").value("Rådhuset"));
        assertThat(meetings.meeting(meeting.getId()).getJusteringPlace()).isEqualTo("Rådhuset");
        assertThat(audit()).isEqualTo(plus(before, "JUSTERING_SET"));
    }

    // --- Without a version ---------------------------------------------------------------------------------------

    @Test
    void anEditWithoutAVersionIsABadRequestAndChangesNothing() throws Exception {
        Long questions = item(4).getId();
        Long item = fixtures.place(meetings, meeting.getId(), fixtures.awaitingAgenda(board, "Bistånd")).getId();
        long seen = version();
        List<String> before = audit();
        List<String> titles = titles();
        for (MockHttpServletRequestBuilder request : List.of(
                json(post(api("/agenda/items")), itemBody("Studiebesök", null)),
                json(delete(api("/agenda/items/" + questions)), "{}"),
                delete(api("/agenda/items/" + questions)).with(csrf()),
                json(post(api("/agenda/items/" + questions + "/move")), "{\"to\": 1}"),
                json(put(api("/agenda/items/" + item + "/exercise-of-authority")), "{\"value\": true}"),
                json(put(api("/agenda/items/" + item + "/report-again")), "{\"value\": true}"),
                json(put(api("/agenda/items/" + item + "/public-title")), "{\"publicTitle\": \"Bistånd\"}"),
                json(put(api("/justering")), justeringBody("Rådhuset", null)))) {
            mvc.perform(request.with(first()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value(PROBLEM + "version-required"))
                    .andExpect(jsonPath("$.field").value("version"))
                    .andExpect(jsonPath("$.detail").value(containsString("Ange vilken version du utgick från")));
        }
        mvc.perform(post(page("/punkter")).param("title", "Studiebesök").with(first()).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Ange vilken version du utgick från")));
        mvc.perform(post(page("/punkter/" + questions + "/flytta")).param("to", "1").with(first()).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Ange vilken version du utgick från")));
        // Who may not change the meeting is told so first, with or without a version.
        mvc.perform(json(post(api("/agenda/items")), itemBody("Studiebesök", null))
                        .with(user(accounts.loadUserByUsername("handlaggare"))))
                .andExpect(status().isForbidden());

        assertThat(version()).isEqualTo(seen);
        assertThat(titles()).isEqualTo(titles);
        assertThat(audit()).isEqualTo(before);
    }

    // --- The board's agenda template -----------------------------------------------------------------------------

    String templatePage(String path) {
        return "/sammantraden/mallar/" + board + path;
    }

    /** As {@link #twoOnThePage} on the template's page: the template as it is now, its version, one audit. */
    ResultActions twoOnTheTemplate(Function<String, MockHttpServletRequestBuilder> firstChange,
            Function<String, MockHttpServletRequestBuilder> secondChange) throws Exception {
        String seen = String.valueOf(template.version(board));
        mvc.perform(get(templatePage("")).with(second()))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + seen + "\"")));
        List<String> before = templateAudit();
        mvc.perform(firstChange.apply(seen).with(first()).with(csrf()))
                .andExpect(redirectedUrl(templatePage("")));
        String now = String.valueOf(template.version(board));
        assertThat(now).isNotEqualTo(seen);
        ResultActions refused = mvc.perform(secondChange.apply(seen).with(second()).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString(TEMPLATE_CHANGED)))
                .andExpect(content().string(containsString("din ändring är inte sparad")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + now + "\"")))
                .andExpect(content().string(not(containsString("name=\"version\" value=\"" + seen + "\""))));
        assertThat(String.valueOf(template.version(board))).isEqualTo(now);
        assertThat(templateAudit()).isEqualTo(plus(before, "AGENDA_TEMPLATE_CHANGED"));
        return refused;
    }

    List<String> templateTitles() {
        return template.items(board).stream().map(AgendaTemplate.Item::title).toList();
    }

    @Test
    void theSecondSecretaryAddingToTheTemplateFromTheSameVersionIsRefused() throws Exception {
        twoOnTheTemplate(seen -> post(templatePage("")).param("title", "Förvaltningschefen informerar")
                        .param("version", seen),
                seen -> post(templatePage("")).param("title", "Studiebesök").param("version", seen))
                .andExpect(content().string(containsString("Förvaltningschefen informerar")));
        assertThat(templateTitles()).contains("Förvaltningschefen informerar").doesNotContain("Studiebesök");
    }

    @Test
    void theSecondSecretaryRemovingFromTheTemplateFromTheSameVersionIsRefused() throws Exception {
        twoOnTheTemplate(seen -> post(templatePage("/4/ta-bort")).param("version", seen),
                seen -> post(templatePage("/3/ta-bort")).param("version", seen));
        assertThat(templateTitles()).doesNotContain("Ledamöternas frågor").contains("Information");
    }

    @Test
    void theSecondSecretaryMovingInTheTemplateFromTheSameVersionIsRefused() throws Exception {
        twoOnTheTemplate(seen -> post(templatePage("/4/flytta")).param("by", "-1").param("version", seen),
                seen -> post(templatePage("/2/flytta")).param("by", "-1").param("version", seen));
        assertThat(templateTitles().subList(0, 4)).containsExactly("Godkännande av dagordningen",
                "Val av justerare och tid för justering", "Ledamöternas frågor", "Information");
    }

    @Test
    void aTemplateChangeWithoutAVersionIsABadRequestAndChangesNothing() throws Exception {
        List<String> before = templateAudit();
        mvc.perform(post(templatePage("")).param("title", "Studiebesök").with(first()).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Ange vilken version du utgick från")));
        mvc.perform(post(templatePage("/4/ta-bort")).with(first()).with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post(templatePage("/4/flytta")).param("by", "-1").with(first()).with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(template.version(board)).isZero();
        assertThat(templateTitles()).isEqualTo(AgendaTemplate.DEFAULT.stream().map(AgendaTemplate.Item::title)
                .toList());
        assertThat(templateAudit()).isEqualTo(before);
    }
}
