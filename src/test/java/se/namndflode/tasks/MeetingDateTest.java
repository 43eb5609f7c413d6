package se.namndflode.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.namndflode.IntegrationTest;
import se.namndflode.MovableClock;
import se.namndflode.matter.BoardMatterProcess;
import se.namndflode.matter.BoardOutcome;
import se.namndflode.matter.MatterProgress;
import se.namndflode.registry.Matter;
import se.namndflode.registry.MatterKind;
import se.namndflode.shared.security.Role;
import se.namndflode.shared.time.WorkingDayCalendar;

/**
 * "Anmäl till sammanträde" checks the meeting against the matter's timeline on the task page and in the API: a
 * meeting after the answer date needs a stated reason and is then flagged on the progress, in the audit, on the
 * handling page and in the task lists.
 */
@IntegrationTest
@Import(TaskFixtures.class)
class MeetingDateTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TaskFixtures fixtures;
    @Autowired
    BoardMatterProcess process;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private RequestPostProcessor as(String username) {
        return user(fixtures.user(username));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A remiss of a board of its own, answer due in ten days, waiting in "Anmäl till sammanträde". */
    private Matter onTheWayToTheAgenda(Long board) {
        Matter matter = fixtures.register(board, "Remiss om hemtjänst " + TaskFixtures.unique(), MatterKind.REFERRAL,
                today().plusDays(10), fixtures.newAccount(Role.CASE_OFFICER), false);
        fixtures.drive(matter, "PrepareStaffReport", Map.of());
        fixtures.drive(matter, "ReviewStaffReport", Map.of("reviewOutcome", "APPROVED"));
        fixtures.drive(matter, "ApproveForBoard", Map.of("approvalOutcome", "APPROVED"));
        return matter;
    }

    private String claimedAgendaTask(Matter matter) throws Exception {
        String agenda = fixtures.task(matter, "PlaceOnAgenda").getId();
        mvc.perform(post("/uppgifter/{id}/ta", agenda).with(as("sekreterare")).with(csrf()))
                .andExpect(redirectedUrl("/uppgifter/" + agenda));
        return agenda;
    }

    private MatterProgress progress(Matter matter) {
        return process.progress(matter.getId()).orElseThrow();
    }

    private String placedOnAgendaSummary(Matter matter) {
        return jdbc.queryForList("select summary from audit_event where entity_type = 'Matter' and entity_id = ? "
                + "and action = 'PLACED_ON_AGENDA'", String.class, matter.getId().toString()).stream()
                .findFirst().orElse(null);
    }

    @Test
    void aMeetingAfterTheAnswerDateNeedsAReasonAndIsFlagged() throws Exception {
        Long board = fixtures.newBoard();
        Matter matter = onTheWayToTheAgenda(board);
        LocalDate answerDue = matter.getAnswerDue();
        LocalDate meeting = answerDue.plusDays(5);
        String agenda = claimedAgendaTask(matter);

        mvc.perform(get("/uppgifter/{id}", agenda).with(as("sekreterare")))
                .andExpect(content().string(containsString("Krävs om sammanträdet är efter svarsdatumet " + answerDue)));
        mvc.perform(post("/uppgifter/{id}", agenda).param("meetingDate", meeting.toString()).with(as("sekreterare"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"lateMeetingReason-error\">Sammanträdet " + meeting
                        + " är efter svarsdatumet " + answerDue + ".")));
        assertThat(fixtures.waitingIn(matter)).containsExactly("PlaceOnAgenda");
        assertThat(progress(matter).getMeetingDate()).isNull();
        assertThat(placedOnAgendaSummary(matter)).isNull();

        mvc.perform(post("/uppgifter/{id}", agenda).param("meetingDate", meeting.toString())
                        .param("lateMeetingReason", "Nämnden har inget sammanträde före svarsdatumet")
                        .with(as("sekreterare")).with(csrf()))
                .andExpect(redirectedUrl("/uppgifter"));

        assertThat(fixtures.waitingIn(matter)).containsExactly("AwaitBoardDecision");
        MatterProgress placed = progress(matter);
        assertThat(placed.getMeetingDate()).isEqualTo(meeting);
        assertThat(placed.getLateMeetingReason()).isEqualTo("Nämnden har inget sammanträde före svarsdatumet");
        assertThat(placed.isLateMeeting()).isTrue();
        assertThat(placedOnAgendaSummary(matter)).isEqualTo("Anmält till sammanträdet " + meeting
                + "; efter svarsdatumet " + answerDue);
        mvc.perform(get("/arenden/{number}/handlaggning", matter.getRegistryNumber().toUrl()).with(as("chef")))
                .andExpect(content().string(containsString("id=\"late-meeting-badge\"")))
                .andExpect(content().string(containsString("Nämnden har inget sammanträde före svarsdatumet")));
        mvc.perform(get("/arenden/{number}", matter.getRegistryNumber().toUrl()).with(as("chef")))
                .andExpect(content().string(containsString("Anmält till ett sammanträde efter svarsdatumet")))
                .andExpect(content().string(containsString("Nämnden har inget sammanträde före svarsdatumet")));

        // Postponed at that meeting, it is back in the secretary's list, flagged.
        clock.setInstant(meeting.atTime(18, 0).atZone(WorkingDayCalendar.STOCKHOLM).toInstant());
        process.recordBoardOutcome(matter.getId(), BoardOutcome.POSTPONE, null, false);
        mvc.perform(get("/uppgifter/grupp").param("boardId", board.toString()).with(as("sekreterare")))
                .andExpect(content().string(containsString("Sent sammanträde")));
    }

    @Test
    void aMeetingOnOrBeforeTheAnswerDateIsNotFlagged() throws Exception {
        Matter matter = onTheWayToTheAgenda(fixtures.newBoard());
        String agenda = claimedAgendaTask(matter);

        mvc.perform(post("/uppgifter/{id}", agenda).param("meetingDate", matter.getAnswerDue().toString())
                        .param("lateMeetingReason", "ingen").with(as("sekreterare")).with(csrf()))
                .andExpect(redirectedUrl("/uppgifter"));

        assertThat(progress(matter).isLateMeeting()).isFalse();
        assertThat(progress(matter).getLateMeetingReason()).isNull();
        mvc.perform(get("/arenden/{number}/handlaggning", matter.getRegistryNumber().toUrl()).with(as("chef")))
                .andExpect(content().string(not(containsString("id=\"late-meeting-badge\""))));
    }

    @Test
    void theApiAsksForTheSameReasonWithTheSameMessage() throws Exception {
        Matter matter = onTheWayToTheAgenda(fixtures.newBoard());
        LocalDate meeting = matter.getAnswerDue().plusDays(1);
        String agenda = claimedAgendaTask(matter);

        mvc.perform(post("/api/v1/tasks/{id}/complete", agenda).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"meetingDate\":\"" + meeting + "\"}").with(as("sekreterare")).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.field").value("lateMeetingReason"))
                .andExpect(jsonPath("$.detail").value("Sammanträdet " + meeting + " är efter svarsdatumet "
                        + matter.getAnswerDue() + ". Ange skälet till att ärendet inte kan tas upp före svarsdatumet."));
        assertThat(fixtures.waitingIn(matter)).containsExactly("PlaceOnAgenda");

        mvc.perform(post("/api/v1/tasks/{id}/complete", agenda).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"meetingDate\":\"" + meeting + "\",\"lateMeetingReason\":\"Extra sammanträde\"}")
                        .with(as("sekreterare")).with(csrf()))
                .andExpect(status().isOk());
        assertThat(progress(matter).getLateMeetingReason()).isEqualTo("Extra sammanträde");
        mvc.perform(get("/api/v1/matters/{number}/progress", matter.getRegistryNumber().toUrl()).with(as("chef")))
                .andExpect(jsonPath("$.meetingDate").value(meeting.toString()))
                .andExpect(jsonPath("$.lateMeeting").value(true));
    }

    @Test
    void aMeetingThatHasPassedOrIsMoreThanAYearAheadIsRefusedNamingTheDate() throws Exception {
        Matter matter = onTheWayToTheAgenda(fixtures.newBoard());
        String agenda = claimedAgendaTask(matter);

        mvc.perform(post("/uppgifter/{id}", agenda).param("meetingDate", today().minusDays(1).toString())
                        .with(as("sekreterare")).with(csrf()))
                .andExpect(content().string(containsString("Sammanträdesdagen kan inte vara före i dag, " + today())));
        mvc.perform(post("/uppgifter/{id}", agenda).param("meetingDate", today().plusYears(3).toString())
                        .param("lateMeetingReason", "Långt fram").with(as("sekreterare")).with(csrf()))
                .andExpect(content().string(containsString(
                        "Sammanträdesdagen kan inte ligga mer än ett år fram, efter " + today().plusYears(1))));
        assertThat(fixtures.waitingIn(matter)).containsExactly("PlaceOnAgenda");
        assertThat(progress(matter).getMeetingDate()).isNull();
    }

    @Test
    void aReportItemIsNotRecordedAsReportedBeforeTheMeetingItIsOn() throws Exception {
        Matter matter = fixtures.register(fixtures.newBoard(), "Delegationsbeslut " + TaskFixtures.unique(),
                MatterKind.DELEGATED_DECISION, null, null, false);
        LocalDate meeting = today().plusDays(5);
        mvc.perform(post("/uppgifter/{id}", claimedAgendaTask(matter)).param("meetingDate", meeting.toString())
                .with(as("sekreterare")).with(csrf())).andExpect(redirectedUrl("/uppgifter"));

        mvc.perform(post("/arenden/{number}/handlaggning/anmalt", matter.getRegistryNumber().toUrl())
                        .with(as("sekreterare")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ärendet är anmält till sammanträdet " + meeting
                        + " och kan inte registreras som anmält för nämnden före det.")));
        assertThat(fixtures.waitingIn(matter)).containsExactly("AwaitReport");
        assertThat(fixtures.audits(matter, "REPORTED")).isZero();
    }
}
