package se.namndflode.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
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
 * The meeting pages: who may read and change what, the plan form with its Swedish messages beside the fields, the
 * agenda (reorder, own items, set), the meeting's steps with a refusal shown above the agenda, the justering form,
 * the board's agenda template, and a confidential matter shown by its public title to those not entitled to it.
 */
@IntegrationTest
class MeetingPagesTest {

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
    @Autowired
    AgendaTemplate template;

    /** The meeting's version as its page shows it now (the hidden field its forms send). */
    private String version(Meeting meeting) {
        return String.valueOf(meetings.meeting(meeting.getId()).getVersion());
    }

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    private static LocalDate today() {
        return LocalDate.now(WorkingDayCalendar.STOCKHOLM);
    }

    private Long socialnamnden() {
        return jdbc.queryForObject("select b.id from board b join municipality m on m.id = b.municipality_id "
                + "where m.code = 'stockholm' and b.name = 'Socialnämnden'", Long.class);
    }

    @Test
    void theSecretaryPlansAMeetingAndRefusalsStandBesideTheirFields() throws Exception {
        Long board = fixtures.newBoard();
        mvc.perform(get("/sammantraden/ny").with(as("sekreterare"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Planera sammanträde")));
        mvc.perform(post("/sammantraden").param("boardId", board.toString()).param("day", "")
                        .param("startsAt", "18:00").param("place", " ").with(as("sekreterare")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"day-error\">Fyll i det här fältet.")))
                .andExpect(content().string(containsString("id=\"place-error\">Fyll i det här fältet.")));
        mvc.perform(post("/sammantraden").param("boardId", board.toString())
                        .param("day", today().minusDays(1).toString()).param("startsAt", "18:00")
                        .param("place", "Rummet").with(as("sekreterare")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"day-error\">Sammanträdesdagen kan inte vara före i dag")));
        assertThat(jdbc.queryForObject("select count(*) from meeting where board_id = ?", Long.class, board)).isZero();

        mvc.perform(post("/sammantraden").param("boardId", board.toString())
                        .param("day", today().plusWeeks(3).toString()).param("startsAt", "18:00")
                        .param("place", "Rummet").with(as("sekreterare")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        Long id = jdbc.queryForObject("select id from meeting where board_id = ?", Long.class, board);
        mvc.perform(get("/sammantraden").with(as("sekreterare"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/sammantraden/" + id + "\"")));
        mvc.perform(get("/sammantraden/{id}", id).with(as("sekreterare"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Godkännande av dagordningen")))
                .andExpect(content().string(containsString("Fastställ föredragningslistan")))
                .andExpect(content().string(containsString("data-activity=\"AwaitAgenda\"")));
    }

    @Test
    void aBoardOfAnotherMunicipalityIsNotFoundOnThePlanForm() throws Exception {
        MunicipalityFixtures municipalities = new MunicipalityFixtures(admin, accounts);
        MunicipalityFixtures.TestMunicipality other = municipalities.create("SOF");
        mvc.perform(post("/sammantraden").param("boardId", socialnamnden().toString())
                        .param("day", today().plusWeeks(3).toString()).param("startsAt", "18:00")
                        .param("place", "Rummet").with(as(other.user(Role.SECRETARY))).with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Nämnden finns inte, eller så har du inte tillgång till den.")));
        Meeting stockholms = meetings.plan(fixtures.newBoard(), today().plusWeeks(3), LocalTime.NOON, "Rummet");
        mvc.perform(get("/sammantraden/{id}", stockholms.getId()).with(as(other.user(Role.SECRETARY))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/sammantraden").with(as(other.user(Role.SECRETARY))))
                .andExpect(content().string(not(containsString("href=\"/sammantraden/" + stockholms.getId() + "\""))));
    }

    @Test
    void onlyTheSecretaryChangesAMeeting() throws Exception {
        Meeting meeting = meetings.plan(fixtures.newBoard(), today(), LocalTime.NOON, "Rummet");
        for (String user : List.of("handlaggare", "chef", "ledamot")) {
            mvc.perform(post("/sammantraden/{id}/faststall", meeting.getId()).with(as(user)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/sammantraden/ny").with(as("handlaggare"))).andExpect(status().isForbidden());
        mvc.perform(get("/sammantraden/{id}", meeting.getId()).with(as("admin"))).andExpect(status().isForbidden());
        mvc.perform(get("/sammantraden/{id}", meeting.getId()).with(as("handlaggare"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/faststall"))));
        assertThat(meetings.meeting(meeting.getId()).getStatus()).isEqualTo(MeetingStatus.PLANNED);
    }

    @Test
    void aPoliticianReadsTheMeetingsOfTheirOwnBoardOnly() throws Exception {
        Meeting own = meetings.plan(socialnamnden(), today().plusWeeks(5), LocalTime.of(17, 30), "Rummet");
        Meeting other = meetings.plan(fixtures.newBoard(), today().plusWeeks(5), LocalTime.of(17, 30), "Rummet");

        mvc.perform(get("/sammantraden/{id}", own.getId()).with(as("ledamot"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Godkännande av dagordningen")))
                .andExpect(content().string(not(containsString("/faststall"))));
        mvc.perform(get("/sammantraden/{id}", other.getId()).with(as("ledamot"))).andExpect(status().isNotFound());
        mvc.perform(get("/sammantraden").with(as("ledamot")))
                .andExpect(content().string(containsString("href=\"/sammantraden/" + own.getId() + "\"")))
                .andExpect(content().string(not(containsString("href=\"/sammantraden/" + other.getId() + "\""))));
    }

    @Test
    void theSecretaryReordersTheAgendaAddsAnItemAndSetsIt() throws Exception {
        Meeting meeting = meetings.plan(fixtures.newBoard(), today(), LocalTime.NOON, "Rummet");
        List<Paragraph> agenda = meetings.paragraphs(meeting.getId());
        Long questions = agenda.get(3).getId();

        mvc.perform(post("/sammantraden/{id}/punkter/{p}/flytta", meeting.getId(), questions).param("to", "1")
                .param("version", version(meeting)).with(as("sekreterare")).with(csrf()))
                .andExpect(redirectedUrl("/sammantraden/" + meeting.getId()));
        mvc.perform(post("/sammantraden/{id}/punkter", meeting.getId()).param("title", " ")
                        .param("version", version(meeting)).with(as("sekreterare")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"title-error\">Fyll i det här fältet.")));
        mvc.perform(post("/sammantraden/{id}/punkter", meeting.getId()).param("title", "Studiebesök")
                .param("version", version(meeting)).with(as("sekreterare")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/sammantraden/{id}/faststall", meeting.getId()).with(as("sekreterare")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("doneKey", "meeting.agendaSet"));
        assertThat(meetings.meeting(meeting.getId()).getStatus()).isEqualTo(MeetingStatus.AGENDA_SET);

        assertThat(meetings.paragraphs(meeting.getId())).extracting(Paragraph::getLabel, Paragraph::getTitle)
                .startsWith(org.assertj.core.groups.Tuple.tuple("§ 1", "Ledamöternas frågor"))
                .contains(org.assertj.core.groups.Tuple.tuple("§ 5", "Studiebesök"));
        mvc.perform(get("/sammantraden/{id}", meeting.getId()).with(as("sekreterare")))
                .andExpect(content().string(containsString("§ 5")))
                .andExpect(content().string(containsString("Öppna sammanträdet")))
                .andExpect(content().string(not(containsString("/flytta"))));
    }

    @Test
    void aRefusedStepIsExplainedAboveTheAgendaAndChangesNothing() throws Exception {
        Meeting meeting = meetings.plan(fixtures.newBoard(), today().plusDays(2), LocalTime.NOON, "Rummet");
        meetings.setAgenda(meeting.getId());

        mvc.perform(post("/sammantraden/{id}/oppna", meeting.getId()).with(as("sekreterare")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"refusal\"")))
                .andExpect(content().string(containsString("Sammanträdet kan inte öppnas före sammanträdesdagen "
                        + meeting.getDay())));
        assertThat(meetings.meeting(meeting.getId()).getStatus()).isEqualTo(MeetingStatus.AGENDA_SET);

        mvc.perform(post("/sammantraden/{id}/justering", meeting.getId()).param("justeringAt",
                        meeting.getDay().plusDays(20) + "T10:00").param("justeringPlace", "Rådhuset")
                        .param("version", version(meeting)).with(as("sekreterare")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"justeringAt-error\">Justeringen ska ske senast 14 dagar")));
        mvc.perform(post("/sammantraden/{id}/justering", meeting.getId()).param("justeringAt",
                        meeting.getDay().plusDays(3) + "T10:00").param("justeringPlace", "Rådhuset")
                        .param("version", version(meeting)).with(as("sekreterare")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(meetings.meeting(meeting.getId()).getJusteringPlace()).isEqualTo("Rådhuset");
    }

    @Test
    void aConfidentialMatterIsShownByItsPublicTitleToThoseNotEntitled() throws Exception {
        Long board = socialnamnden();
        Meeting meeting = meetings.plan(board, today().plusWeeks(6), LocalTime.of(16, 45), "Rummet");
        Matter secret = fixtures.awaitingAgenda(board, MatterKind.REPORT, "Lex Sarah om boende X", true);
        Paragraph item = fixtures.place(meetings, meeting.getId(), secret);

        mvc.perform(get("/sammantraden/{id}", meeting.getId()).with(as("chef")))
                .andExpect(content().string(containsString("Lex Sarah om boende X")));
        mvc.perform(get("/sammantraden/{id}", meeting.getId()).with(as("ledamot")))
                .andExpect(content().string(not(containsString("Lex Sarah om boende X"))))
                .andExpect(content().string(containsString(Meetings.CONFIDENTIAL_TITLE)));
        mvc.perform(get("/sammantraden/{id}", meeting.getId()).with(as("sekreterare")))
                .andExpect(content().string(not(containsString("Lex Sarah om boende X"))));

        mvc.perform(post("/sammantraden/{id}/offentlig-rubrik", meeting.getId())
                        .param("paragraphId", item.getId().toString()).param("publicTitle", "")
                        .param("version", version(meeting)).with(as("sekreterare")).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"publicTitle-error\"")));
        mvc.perform(post("/sammantraden/{id}/offentlig-rubrik", meeting.getId())
                        .param("paragraphId", item.getId().toString()).param("publicTitle", "Anmälan enligt lex Sarah")
                        .param("version", version(meeting)).with(as("sekreterare")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(meetings.paragraph(meeting.getId(), item.getId()).getPublicTitle())
                .isEqualTo("Anmälan enligt lex Sarah");
    }

    @Test
    void theBoardsAgendaTemplateIsWhatTheNextMeetingStartsWith() throws Exception {
        Long board = fixtures.newBoard();
        mvc.perform(get("/sammantraden/mallar/{b}", board).with(as("sekreterare"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ledamöternas frågor")));
        mvc.perform(post("/sammantraden/mallar/{b}/{p}/ta-bort", board, 4).param("version", "0")
                .with(as("sekreterare")).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/sammantraden/mallar/{b}", board).param("title", "Förvaltningschefen informerar")
                .param("version", String.valueOf(template.version(board))).with(as("sekreterare")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/sammantraden/mallar/{b}/{p}/flytta", board, 7).param("by", "-1")
                .param("version", String.valueOf(template.version(board))).with(as("sekreterare")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/sammantraden/mallar/{b}", board).param("title", "x")
                .with(as("chef")).with(csrf())).andExpect(status().isForbidden());

        Meeting meeting = meetings.plan(board, today().plusWeeks(2), LocalTime.NOON, "Rummet");
        assertThat(meetings.paragraphs(meeting.getId())).extracting(Paragraph::getTitle).containsExactly(
                "Godkännande av dagordningen", "Val av justerare och tid för justering", "Information",
                "Förvaltningschefen informerar", "Anmälningsärenden", "Övrigt", "Delegationsbeslut");
        assertThat(fixtures.audits(meeting.getId(), "MEETING_PLANNED")).isEqualTo(1);
    }

    @Test
    void theApiListsABoardsComingPlannedMeetings() throws Exception {
        Long board = fixtures.newBoard();
        Meeting coming = meetings.plan(board, today().plusWeeks(2), LocalTime.NOON, "Rummet");
        Meeting set = meetings.plan(board, today().plusWeeks(1), LocalTime.NOON, "Rummet");
        meetings.setAgenda(set.getId());

        mvc.perform(get("/api/v1/boards/{b}/meetings", board).with(as("sekreterare"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(coming.getId()))
                .andExpect(jsonPath("$[0].status").value("PLANNED"));
        mvc.perform(get("/api/v1/boards/{b}/meetings", board).with(as("ledamot"))).andExpect(status().isNotFound());
    }
}
