package se.namndflode.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.namndflode.IntegrationTest;
import se.namndflode.MovableClock;
import se.namndflode.matter.BoardMatterProcess;
import se.namndflode.matter.MatterProgress;
import se.namndflode.meeting.Meeting;
import se.namndflode.meeting.Meetings;
import se.namndflode.meeting.Paragraph;
import se.namndflode.meeting.ParagraphKind;
import se.namndflode.meeting.ParagraphOutcome;
import se.namndflode.registry.Matter;
import se.namndflode.registry.MatterKind;
import se.namndflode.shared.security.Role;
import se.namndflode.shared.time.WorkingDayCalendar;
import se.namndflode.shared.web.DomainException;

/**
 * "Anmäl till sammanträde" picks a coming planned meeting of the matter's own board and checks its day against the
 * matter's timeline on the task page and in the API: a meeting after the answer date needs a stated reason and is
 * then flagged on the progress, in the audit, on the handling page and in the task lists; the matter becomes a
 * paragraph of the meeting's agenda.
 */
@IntegrationTest
class MeetingDateTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TaskFixtures fixtures;
    @Autowired
    BoardMatterProcess process;
    @Autowired
    Meetings meetings;
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
        Meeting meeting = fixtures.meeting(board, answerDue.plusDays(5));
        String agenda = claimedAgendaTask(matter);

        mvc.perform(get("/uppgifter/{id}", agenda).with(as("sekreterare")))
                .andExpect(content().string(containsString("Krävs om sammanträdet är efter svarsdatumet " + answerDue)))
                .andExpect(content().string(containsString("<option value=\"" + meeting.getId() + "\"")));
        mvc.perform(post("/uppgifter/{id}", agenda).param("meetingId", meeting.getId().toString())
                        .with(as("sekreterare")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"lateMeetingReason-error\">Sammanträdet "
                        + meeting.getDay() + " är efter svarsdatumet " + answerDue + ".")));
        assertThat(fixtures.waitingIn(matter)).containsExactly("PlaceOnAgenda");
        assertThat(progress(matter).getMeetingDate()).isNull();
        assertThat(placedOnAgendaSummary(matter)).isNull();
        assertThat(meetings.paragraphs(meeting.getId())).noneMatch(Paragraph::isMatter);

        mvc.perform(post("/uppgifter/{id}", agenda).param("meetingId", meeting.getId().toString())
                        .param("lateMeetingReason", "Nämnden har inget sammanträde före svarsdatumet")
                        .with(as("sekreterare")).with(csrf()))
                .andExpect(redirectedUrl("/uppgifter"));

        assertThat(fixtures.waitingIn(matter)).containsExactly("AwaitBoardDecision");
        MatterProgress placed = progress(matter);
        assertThat(placed.getMeetingDate()).isEqualTo(meeting.getDay());
        assertThat(placed.getLateMeetingReason()).isEqualTo("Nämnden har inget sammanträde före svarsdatumet");
        assertThat(placed.isLateMeeting()).isTrue();
        assertThat(placedOnAgendaSummary(matter)).isEqualTo("Anmält till sammanträdet " + meeting.getDay()
                + "; efter svarsdatumet " + answerDue);
        assertThat(meetings.paragraphs(meeting.getId())).filteredOn(Paragraph::isMatter)
                .extracting(Paragraph::getMatterId).containsExactly(matter.getId());
        mvc.perform(get("/arenden/{number}/handlaggning", matter.getRegistryNumber().toUrl()).with(as("chef")))
                .andExpect(content().string(containsString("id=\"late-meeting-badge\"")))
                .andExpect(content().string(containsString("Nämnden har inget sammanträde före svarsdatumet")));
        mvc.perform(get("/arenden/{number}", matter.getRegistryNumber().toUrl()).with(as("chef")))
                .andExpect(content().string(containsString("Anmält till ett sammanträde efter svarsdatumet")))
                .andExpect(content().string(containsString("Nämnden har inget sammanträde före svarsdatumet")));

        // Tabled (bordlagt) at that meeting, it is back in the secretary's list, flagged.
        clock.setInstant(meeting.getDay().atTime(18, 0).atZone(WorkingDayCalendar.STOCKHOLM).toInstant());
        meetings.setAgenda(meeting.getId());
        meetings.open(meeting.getId());
        Long paragraph = meetings.paragraphs(meeting.getId()).stream().filter(Paragraph::isMatter).findFirst()
                .orElseThrow().getId();
        meetings.decide(meeting.getId(), paragraph, ParagraphOutcome.TABLED, null, null, false);
        assertThat(fixtures.waitingIn(matter)).containsExactly("PlaceOnAgenda");
        mvc.perform(get("/uppgifter/grupp").param("boardId", board.toString()).with(as("sekreterare")))
                .andExpect(content().string(containsString("Sent sammanträde")));
    }

    @Test
    void aMeetingOnOrBeforeTheAnswerDateIsNotFlagged() throws Exception {
        Long board = fixtures.newBoard();
        Matter matter = onTheWayToTheAgenda(board);
        Meeting meeting = fixtures.meeting(board, matter.getAnswerDue());
        String agenda = claimedAgendaTask(matter);

        mvc.perform(post("/uppgifter/{id}", agenda).param("meetingId", meeting.getId().toString())
                        .param("lateMeetingReason", "ingen").with(as("sekreterare")).with(csrf()))
                .andExpect(redirectedUrl("/uppgifter"));

        assertThat(progress(matter).isLateMeeting()).isFalse();
        assertThat(progress(matter).getLateMeetingReason()).isNull();
        mvc.perform(get("/arenden/{number}/handlaggning", matter.getRegistryNumber().toUrl()).with(as("chef")))
                .andExpect(content().string(not(containsString("id=\"late-meeting-badge\""))));
    }

    @Test
    void theApiAsksForTheSameReasonWithTheSameMessage() throws Exception {
        Long board = fixtures.newBoard();
        Matter matter = onTheWayToTheAgenda(board);
        Meeting meeting = fixtures.meeting(board, matter.getAnswerDue().plusDays(1));
        String agenda = claimedAgendaTask(matter);

        mvc.perform(post("/api/v1/tasks/{id}/complete", agenda).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"meetingId\":" + meeting.getId() + "}").with(as("sekreterare")).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.field").value("lateMeetingReason"))
                .andExpect(jsonPath("$.detail").value("Sammanträdet " + meeting.getDay() + " är efter svarsdatumet "
                        + matter.getAnswerDue() + ". Ange skälet till att ärendet inte kan tas upp före svarsdatumet."));
        assertThat(fixtures.waitingIn(matter)).containsExactly("PlaceOnAgenda");

        mvc.perform(post("/api/v1/tasks/{id}/complete", agenda).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"meetingId\":" + meeting.getId() + ",\"lateMeetingReason\":\"Extra sammanträde\"}")
                        .with(as("sekreterare")).with(csrf()))
                .andExpect(status().isOk());
        assertThat(progress(matter).getLateMeetingReason()).isEqualTo("Extra sammanträde");
        mvc.perform(get("/api/v1/matters/{number}/progress", matter.getRegistryNumber().toUrl()).with(as("chef")))
                .andExpect(jsonPath("$.meetingDate").value(meeting.getDay().toString()))
                .andExpect(jsonPath("$.lateMeeting").value(true));
    }

    @Test
    void onlyAComingPlannedMeetingOfTheMattersOwnBoardCanBeChosen() throws Exception {
        Long board = fixtures.newBoard();
        Matter matter = onTheWayToTheAgenda(board);
        Meeting others = fixtures.meeting(fixtures.newBoard(), today().plusDays(3));
        Meeting set = fixtures.meeting(board, today().plusDays(4));
        meetings.setAgenda(set.getId());
        Meeting tomorrow = fixtures.meeting(board, today().plusDays(1));
        Meeting farAhead = fixtures.meeting(board, today().plusMonths(18));
        Meeting coming = fixtures.meeting(board, today().plusDays(8));
        String agenda = claimedAgendaTask(matter);

        mvc.perform(get("/uppgifter/{id}", agenda).with(as("sekreterare")))
                .andExpect(content().string(containsString("<option value=\"" + coming.getId() + "\"")))
                .andExpect(content().string(not(containsString("<option value=\"" + others.getId() + "\""))))
                .andExpect(content().string(not(containsString("<option value=\"" + set.getId() + "\""))));
        mvc.perform(post("/uppgifter/{id}", agenda).with(as("sekreterare")).with(csrf()))
                .andExpect(content().string(containsString("id=\"meetingId-error\">Fyll i det här fältet.")));
        mvc.perform(post("/uppgifter/{id}", agenda).param("meetingId", others.getId().toString())
                        .with(as("sekreterare")).with(csrf()))
                .andExpect(content().string(containsString("id=\"meetingId-error\">Ärendet hör till")));
        mvc.perform(post("/uppgifter/{id}", agenda).param("meetingId", set.getId().toString())
                        .with(as("sekreterare")).with(csrf()))
                .andExpect(content().string(containsString("är fastställd och kan inte längre ändras")));
        mvc.perform(post("/uppgifter/{id}", agenda).param("meetingId", farAhead.getId().toString())
                        .param("lateMeetingReason", "Långt fram").with(as("sekreterare")).with(csrf()))
                .andExpect(content().string(containsString(
                        "Sammanträdesdagen kan inte ligga mer än ett år fram, efter " + today().plusYears(1))));
        // A day later than planned, tomorrow's meeting has passed.
        clock.setInstant(today().plusDays(2).atTime(9, 0).atZone(WorkingDayCalendar.STOCKHOLM).toInstant());
        mvc.perform(post("/uppgifter/{id}", agenda).param("meetingId", tomorrow.getId().toString())
                        .with(as("sekreterare")).with(csrf()))
                .andExpect(content().string(containsString("Sammanträdesdagen kan inte vara före i dag, " + today())));

        assertThat(fixtures.waitingIn(matter)).containsExactly("PlaceOnAgenda");
        assertThat(progress(matter).getMeetingDate()).isNull();
        for (Meeting meeting : new Meeting[] {others, set, tomorrow, farAhead, coming}) {
            assertThat(meetings.paragraphs(meeting.getId())).noneMatch(Paragraph::isMatter);
        }
    }

    @Test
    void aReportItemPlacedOnAMeetingIsReportedOnlyWhileTheMeetingIsHeld() throws Exception {
        Long board = fixtures.newBoard();
        Matter matter = fixtures.register(board, "Delegationsbeslut " + TaskFixtures.unique(),
                MatterKind.DELEGATED_DECISION, null, null, false);
        Meeting meeting = fixtures.meeting(board, today().plusDays(5));
        mvc.perform(post("/uppgifter/{id}", claimedAgendaTask(matter)).param("meetingId", meeting.getId().toString())
                .with(as("sekreterare")).with(csrf())).andExpect(redirectedUrl("/uppgifter"));
        Paragraph item = meetings.paragraphs(meeting.getId()).stream().filter(Paragraph::isMatter).findFirst()
                .orElseThrow();
        assertThat(item.getKind()).isEqualTo(ParagraphKind.REPORT_ITEM);

        meetings.setAgenda(meeting.getId());
        assertThatThrownBy(() -> meetings.decide(meeting.getId(), item.getId(), ParagraphOutcome.REPORTED, null, null,
                false)).isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("messageKey", "meeting.notOpen");
        assertThatThrownBy(() -> meetings.open(meeting.getId())).isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "meeting.open.beforeDay");
        assertThat(fixtures.waitingIn(matter)).containsExactly("AwaitReport");
        assertThat(fixtures.audits(matter, "REPORTED")).isZero();
    }
}
