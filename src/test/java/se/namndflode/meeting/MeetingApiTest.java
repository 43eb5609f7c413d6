package se.namndflode.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.namndflode.IntegrationTest;
import se.namndflode.MunicipalityFixtures;
import se.namndflode.organisation.Accounts;
import se.namndflode.organisation.OrganisationAdmin;
import se.namndflode.registry.Matter;
import se.namndflode.registry.MatterKind;
import se.namndflode.shared.security.Role;
import se.namndflode.shared.time.WorkingDayCalendar;

/**
 * Meetings through {@code /api/v1/meetings}: planning, the agenda and the meeting's steps with the pages' rules;
 * authorization before validation, problems with a Swedish detail, and nothing changed on a refusal.
 */
@IntegrationTest
class MeetingApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Meetings meetings;
    @Autowired
    MeetingFixtures fixtures;
    @Autowired
    Accounts accounts;
    @Autowired
    OrganisationAdmin admin;
    @Autowired
    JdbcTemplate jdbc;

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    private static LocalDate today() {
        return LocalDate.now(WorkingDayCalendar.STOCKHOLM);
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body).with(csrf());
    }

    private String planBody(Long board, LocalDate day) {
        return "{\"boardId\":" + board + ",\"day\":\"" + day + "\",\"startsAt\":\"18:00\",\"place\":\"Rummet\"}";
    }

    @Test
    void theSecretaryPlansAMeetingOrdersItsAgendaAndSetsIt() throws Exception {
        Long board = fixtures.newBoard();
        String planned = mvc.perform(json(post("/api/v1/meetings"), planBody(board, today().plusWeeks(3)))
                        .with(as("sekreterare")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PLANNED"))
                .andExpect(jsonPath("$.agenda[*].title").value(hasItem("Godkännande av dagordningen")))
                .andReturn().getResponse().getContentAsString();
        Integer id = JsonPath.read(planned, "$.id");
        Number seen = JsonPath.read(planned, "$.version");

        String added = mvc.perform(json(post("/api/v1/meetings/{id}/agenda/items", id),
                        "{\"title\":\"Information om vinterns hemlöshetsarbete\",\"version\":" + seen + "}")
                        .with(as("sekreterare")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Integer> ids = JsonPath.read(added,
                "$.agenda[?(@.title == 'Information om vinterns hemlöshetsarbete')].id");
        Number next = JsonPath.read(added, "$.version");
        mvc.perform(json(post("/api/v1/meetings/{id}/agenda/items/{item}/move", id, ids.get(0)),
                        "{\"to\":1,\"version\":" + next + "}").with(as("sekreterare")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.agenda[0].title").value("Information om vinterns hemlöshetsarbete"));

        mvc.perform(post("/api/v1/meetings/{id}/agenda/set", id).with(csrf()).with(as("sekreterare")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("AGENDA_SET"))
                .andExpect(jsonPath("$.agenda[0].number").value(1))
                .andExpect(jsonPath("$.agenda[1].number").value(2));
        mvc.perform(get("/api/v1/meetings").with(as("sekreterare"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.meetings[*].id").value(hasItem(id)));
        assertThat(fixtures.audits(id.longValue(), "AGENDA_SET")).isEqualTo(1);
    }

    @Test
    void whoMayNotPlanIsRefusedBeforeTheBodyIsLookedAt() throws Exception {
        for (String username : List.of("ledamot", "handlaggare", "admin")) {
            mvc.perform(json(post("/api/v1/meetings"), "{}").with(as(username)))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.type").value(startsWith("https://")));
        }
        mvc.perform(json(post("/api/v1/meetings"), "{}").with(as("sekreterare")))
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.field").value("boardId"))
                .andExpect(jsonPath("$.detail").value("Fyll i det här fältet."));
    }

    @Test
    void aMeetingForTheBoardOfAnotherMunicipalityOrInThePastIsRefusedAndNothingSaved() throws Exception {
        MunicipalityFixtures.TestMunicipality other = new MunicipalityFixtures(admin, accounts).create("SOF");
        Long board = fixtures.newBoard();
        mvc.perform(json(post("/api/v1/meetings"), planBody(board, today().plusWeeks(3)))
                        .with(as(other.user(Role.SECRETARY))))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Nämnden finns inte, eller så har du inte tillgång till den."));
        mvc.perform(json(post("/api/v1/meetings"), planBody(board, today().minusDays(1))).with(as("sekreterare")))
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.field").value("day"))
                .andExpect(jsonPath("$.detail").value(startsWith("Sammanträdesdagen kan inte vara före i dag")));
        assertThat(jdbc.queryForObject("select count(*) from meeting where board_id = ?", Long.class, board))
                .isZero();
    }

    @Test
    void aMeetingIsNotOpenedBeforeItsDayNorClosedWithAMatterUnhandled() throws Exception {
        Long board = fixtures.newBoard();
        Meeting coming = meetings.plan(board, today().plusWeeks(2), LocalTime.NOON, "Rummet");
        mvc.perform(post("/api/v1/meetings/{id}/open", coming.getId()).with(csrf()).with(as("sekreterare")))
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.detail").isNotEmpty());
        assertThat(meetings.meeting(coming.getId()).getStatus()).isEqualTo(MeetingStatus.PLANNED);

        Meeting todays = meetings.plan(board, today(), LocalTime.NOON, "Rummet");
        Matter matter = fixtures.awaitingAgenda(board, "Remiss om hemtjänst");
        fixtures.place(meetings, todays.getId(), matter);
        mvc.perform(post("/api/v1/meetings/{id}/agenda/set", todays.getId()).with(csrf()).with(as("sekreterare")))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/meetings/{id}/open", todays.getId()).with(csrf()).with(as("sekreterare")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("OPEN"));
        mvc.perform(post("/api/v1/meetings/{id}/close", todays.getId()).with(csrf()).with(as("sekreterare")))
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.detail").isNotEmpty());
        assertThat(meetings.meeting(todays.getId()).getStatus()).isEqualTo(MeetingStatus.OPEN);

        mvc.perform(json(put("/api/v1/meetings/{id}/justering", todays.getId()),
                        "{\"at\":\"" + today().plusDays(7) + "T10:00\",\"place\":\"Stadshuset\",\"version\":"
                                + meetings.meeting(todays.getId()).getVersion() + "}").with(as("sekreterare")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.justeringPlace").value("Stadshuset"));
    }

    @Test
    void aMeetingOfAnotherMunicipalityIsNotFound() throws Exception {
        MunicipalityFixtures.TestMunicipality other = new MunicipalityFixtures(admin, accounts).create("SOF");
        Meeting meeting = meetings.plan(fixtures.newBoard(), today().plusWeeks(2), LocalTime.NOON, "Rummet");
        mvc.perform(get("/api/v1/meetings/{id}", meeting.getId()).with(as(other.user(Role.SECRETARY))))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/meetings/{id}/agenda/set", meeting.getId()).with(csrf())
                        .with(as(other.user(Role.SECRETARY))))
                .andExpect(status().isNotFound());
        assertThat(meetings.meeting(meeting.getId()).getStatus()).isEqualTo(MeetingStatus.PLANNED);
    }

    /**
     * The registrar's offentlig rubrik of a confidential matter ("Rapport enligt lex Sarah (2)") is what the agenda
     * shows those not entitled to the matter, and what the audit says; "Sekretessbelagt ärende" only for a matter
     * without one. Those entitled read the title.
     */
    @Test
    void aConfidentialMattersPublicTitleStandsOnTheAgendaForThoseNotEntitled() throws Exception {
        Long board = fixtures.newBoard();
        Meeting meeting = meetings.plan(board, today().plusWeeks(2), LocalTime.NOON, "Rummet");
        Matter titled = fixtures.awaitingAgenda(board, MatterKind.REPORT, "Lex Sarah-rapport om Anna Andersson", true,
                "Rapport enligt lex Sarah (2)");
        Matter untitled = fixtures.awaitingAgenda(board, MatterKind.REPORT, "Ansökan om vård för Bo Berg", true);
        Paragraph withTitle = fixtures.place(meetings, meeting.getId(), titled);
        Paragraph without = fixtures.place(meetings, meeting.getId(), untitled);

        assertThat(withTitle.getPublicTitle()).isEqualTo("Rapport enligt lex Sarah (2)");
        assertThat(without.getPublicTitle()).isEqualTo("Sekretessbelagt ärende");
        String agenda = mvc.perform(get("/api/v1/meetings/{id}", meeting.getId()).with(as("sekreterare")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(agenda).contains("Rapport enligt lex Sarah (2)").contains("Sekretessbelagt ärende")
                .doesNotContain("Anna Andersson").doesNotContain("Bo Berg");
        assertThat(jdbc.queryForList("select summary from audit_event where entity_type = 'MEETING' and entity_id = ?",
                String.class, meeting.getId().toString())).anyMatch(line -> line.contains("Rapport enligt lex Sarah (2)"))
                .noneMatch(line -> line.contains("Anna Andersson"));
    }
}
