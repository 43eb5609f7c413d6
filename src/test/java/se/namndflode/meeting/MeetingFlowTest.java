package se.namndflode.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.namndflode.IntegrationTest;
import se.namndflode.SignedIn;
import se.namndflode.matter.BoardMatterProcess;
import se.namndflode.matter.BoardOutcome;
import se.namndflode.matter.MatterProgress;
import se.namndflode.organisation.Accounts;
import se.namndflode.registry.Matter;
import se.namndflode.shared.time.WorkingDayCalendar;
import se.namndflode.tasks.TaskFilter;
import se.namndflode.tasks.TaskList;
import se.namndflode.tasks.TaskRow;

/**
 * A meeting driven as the secretary works it: planned on the page, a matter placed on it from the agenda step's
 * task form, the agenda set, the kallelse sent, the meeting opened, the paragraph decided (through {@link
 * Meetings#decide}, as the console records it), closed and its minutes drafted. After every step the four sides
 * agree: the engine (the meeting's process and the matter's), the domain tables (meeting, paragraphs, the matter's
 * progress), the secretary's task lists (the meeting's tasks beside the matter's) and the audit log.
 */
@IntegrationTest
class MeetingFlowTest {

    private static final String SECRETARY = "sekreterare";

    @Autowired
    MockMvc mvc;
    @Autowired
    MeetingFixtures fixtures;
    @Autowired
    Meetings meetings;
    @Autowired
    BoardMatterProcess matterProcess;
    @Autowired
    TaskList tasks;
    @Autowired
    Accounts accounts;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcTemplate jdbc;

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    @Test
    void aMatterIsPlacedOnAMeetingDecidedThereAndTheMeetingHeldAndItsMinutesDrafted() throws Exception {
        Long board = fixtures.newBoard();
        Matter matter = fixtures.awaitingAgenda(board, "Riktlinjer för ekonomiskt bistånd " + MeetingFixtures.unique());
        LocalDate today = LocalDate.now(WorkingDayCalendar.STOCKHOLM);

        // Planned on the page: its process waits for the agenda; no task for anyone yet.
        mvc.perform(post("/sammantraden").param("boardId", board.toString()).param("day", today.toString())
                .param("startsAt", "13:00").param("place", "Sammanträdesrummet").with(as(SECRETARY)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        Long meeting = jdbc.queryForObject("select id from meeting where board_id = ?", Long.class, board);
        assertFourSides(meeting, MeetingStatus.PLANNED, List.of("AwaitAgenda"), List.of("PlaceOnAgenda"),
                "MEETING_PLANNED", 1);
        assertThat(matterSteps(matter)).containsExactly("PlaceOnAgenda");

        // Anmäl till sammanträde on the matter's task: the meeting is offered, the matter becomes a paragraph.
        String agendaTask = fixtures.task(matter, "PlaceOnAgenda").getId();
        mvc.perform(post("/uppgifter/{id}/ta", agendaTask).with(as(SECRETARY)).with(csrf()))
                .andExpect(redirectedUrl("/uppgifter/" + agendaTask));
        mvc.perform(get("/uppgifter/{id}", agendaTask).with(as(SECRETARY)))
                .andExpect(content().string(containsString("<option value=\"" + meeting + "\"")));
        mvc.perform(post("/uppgifter/{id}", agendaTask).param("meetingId", meeting.toString()).with(as(SECRETARY))
                .with(csrf())).andExpect(redirectedUrl("/uppgifter"));
        assertFourSides(meeting, MeetingStatus.PLANNED, List.of("AwaitAgenda"), List.of(), "PLACED_ON_AGENDA", 1);
        assertThat(matterSteps(matter)).containsExactly("AwaitBoardDecision");
        Paragraph item = paragraphOf(meeting, matter);
        assertThat(item.getKind()).isEqualTo(ParagraphKind.MATTER);
        assertThat(item.getPosition()).isEqualTo(5);
        assertThat(progress(matter).getMeetingDate()).isEqualTo(today);

        // The agenda is set: numbered, and the kallelse is the secretary's task, linked to the meeting.
        mvc.perform(post("/sammantraden/{id}/faststall", meeting).with(as(SECRETARY)).with(csrf()))
                .andExpect(redirectedUrl("/sammantraden/" + meeting));
        assertFourSides(meeting, MeetingStatus.AGENDA_SET, List.of("SendKallelse"), List.of("SendKallelse"),
                "AGENDA_SET", 1);
        assertThat(paragraphOf(meeting, matter).getLabel()).isEqualTo("§ 5");
        TaskRow kallelse = group(board).get(0);
        assertThat(kallelse.meetingId()).isEqualTo(meeting);
        assertThat(kallelse.board()).isEqualTo(meetings.meeting(meeting).getBoard().getName());
        mvc.perform(get("/uppgifter/grupp").param("boardId", board.toString()).with(as(SECRETARY)))
                .andExpect(content().string(containsString("href=\"/sammantraden/" + meeting + "\"")));
        mvc.perform(post("/uppgifter/{id}/ta", kallelse.taskId()).with(as(SECRETARY)).with(csrf()))
                .andExpect(redirectedUrl("/uppgifter/" + kallelse.taskId()));
        assertThat(mine(board)).extracting(TaskRow::activityId).containsExactly("SendKallelse");
        mvc.perform(get("/uppgifter/{id}", kallelse.taskId()).with(as(SECRETARY)))
                .andExpect(content().string(containsString("href=\"/sammantraden/" + meeting + "\"")));
        assertThat(audits(meeting, "TASK_CLAIMED")).isEqualTo(1);

        // The kallelse is sent (on the meeting's page): the task is done, holding the meeting is next.
        mvc.perform(post("/sammantraden/{id}/kallelse-skickad", meeting).with(as(SECRETARY)).with(csrf()))
                .andExpect(redirectedUrl("/sammantraden/" + meeting));
        assertFourSides(meeting, MeetingStatus.KALLELSE_SENT, List.of("HoldMeeting"), List.of("HoldMeeting"),
                "KALLELSE_SENT", 1);
        assertThat(mine(board)).isEmpty();

        // Opened: the process still holds the meeting; the paragraph is decided as the console records it.
        mvc.perform(post("/sammantraden/{id}/oppna", meeting).with(as(SECRETARY)).with(csrf()))
                .andExpect(redirectedUrl("/sammantraden/" + meeting));
        assertFourSides(meeting, MeetingStatus.OPEN, List.of("HoldMeeting"), List.of("HoldMeeting"),
                "MEETING_OPENED", 1);
        SignedIn.as(accounts.loadUserByUsername(SECRETARY), () -> meetings.decide(meeting, item.getId(),
                ParagraphOutcome.DECIDED, "Socialnämnden antar riktlinjerna.", null, true));
        // Justered at once: the notice follows behind the matter process's transaction boundary (run here).
        assertThat(matterSteps(matter)).containsExactlyInAnyOrder("AppealPeriodEnds", "DispatchExtract");
        assertFourSides(meeting, MeetingStatus.OPEN, List.of("HoldMeeting"), List.of("HoldMeeting", "DispatchExtract"),
                "PARAGRAPH_DECIDED", 1);
        Paragraph decided = paragraphOf(meeting, matter);
        assertThat(decided.getOutcome()).isEqualTo(ParagraphOutcome.DECIDED);
        assertThat(decided.getDecisionText()).isEqualTo("Socialnämnden antar riktlinjerna.\n"
                + Meetings.IMMEDIATE_JUSTERING);
        assertThat(progress(matter).getBoardOutcome()).isEqualTo(BoardOutcome.DECIDED);
        assertThat(progress(matter).getDecidedOn()).isEqualTo(today);
        assertThat(progress(matter).getNoticePublishedOn()).as("justered at once: announced").isEqualTo(today);
        assertThat(matterAudits(matter, "BOARD_OUTCOME")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select actor from audit_event where entity_type = 'MEETING' "
                + "and entity_id = ? and action = 'PARAGRAPH_DECIDED'", String.class, meeting.toString()))
                .isEqualTo(SECRETARY);

        // Closed: the process moves on behind its transaction boundary to the minutes.
        SignedIn.as(accounts.loadUserByUsername(SECRETARY), () -> {
            fixtures.recordStandardItems(meetings, meeting);
            return null;
        });
        mvc.perform(post("/sammantraden/{id}/avsluta", meeting).with(as(SECRETARY)).with(csrf()))
                .andExpect(redirectedUrl("/sammantraden/" + meeting));
        runMeetingJobs(meeting);
        assertFourSides(meeting, MeetingStatus.CLOSED, List.of("DraftMinutes"),
                List.of("DraftMinutes", "DispatchExtract"), "MEETING_CLOSED", 1);

        // The minutes are drafted: the meeting's process waits for the justering; no task of its own in the lists.
        mvc.perform(post("/sammantraden/{id}/protokoll-utkastat", meeting).with(as(SECRETARY)).with(csrf()))
                .andExpect(redirectedUrl("/sammantraden/" + meeting));
        assertFourSides(meeting, MeetingStatus.MINUTES_DRAFTED, List.of("AwaitJustering"), List.of("DispatchExtract"),
                "MINUTES_DRAFTED", 1);
        mvc.perform(get("/sammantraden/{id}", meeting).with(as(SECRETARY))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Protokollet utkastat")))
                .andExpect(content().string(containsString("Beslutat")));
    }

    // --- The four sides -----------------------------------------------------------------------------------------

    /**
     * The meeting has {@code status} (domain) and its process waits in {@code waiting} (engine); the secretary's
     * group list for the board holds exactly {@code groupTasks} (the meeting's and the matters'); the audit log has
     * {@code count} events {@code action} for the meeting.
     */
    private void assertFourSides(Long meeting, MeetingStatus status, List<String> waiting, List<String> groupTasks,
            String action, long count) {
        assertThat(meetings.meeting(meeting).getStatus()).as("domain: status").isEqualTo(status);
        assertThat(meetings.waitingIn(meeting)).as("engine").containsExactlyElementsOf(waiting);
        Long board = meetings.meeting(meeting).getBoard().getId();
        assertThat(group(board)).extracting(TaskRow::activityId).as("task list")
                .containsExactlyInAnyOrderElementsOf(groupTasks);
        assertThat(audits(meeting, action)).as("audit " + action).isEqualTo(count);
    }

    private List<TaskRow> group(Long board) {
        return SignedIn.as(accounts.loadUserByUsername(SECRETARY),
                () -> tasks.group(new TaskFilter(board, null, null, null), 0).getContent());
    }

    private List<TaskRow> mine(Long board) {
        return SignedIn.as(accounts.loadUserByUsername(SECRETARY),
                () -> tasks.mine(new TaskFilter(board, null, null, null), 0).getContent());
    }

    private Paragraph paragraphOf(Long meeting, Matter matter) {
        return meetings.paragraphs(meeting).stream().filter(item -> matter.getId().equals(item.getMatterId()))
                .findFirst().orElseThrow();
    }

    private MatterProgress progress(Matter matter) {
        return matterProcess.progress(matter.getId()).orElseThrow();
    }

    private List<String> matterSteps(Matter matter) {
        // The notice after the immediate justering is published behind a transaction boundary.
        String instance = progress(matter).getProcessInstanceId();
        for (Job job : management.createJobQuery().processInstanceId(instance).messages().executable().list()) {
            management.executeJob(job.getId());
        }
        return fixtures.waitingIn(matter);
    }

    private void runMeetingJobs(Long meeting) {
        String instance = meetings.meeting(meeting).getProcessInstanceId();
        for (Job job : management.createJobQuery().processInstanceId(instance).messages().executable().list()) {
            management.executeJob(job.getId());
        }
    }

    private long audits(Long meeting, String action) {
        return fixtures.audits(meeting, action);
    }

    private long matterAudits(Matter matter, String action) {
        return jdbc.queryForObject("select count(*) from audit_event where entity_type = 'Matter' and entity_id = ? "
                + "and action = ?", Long.class, matter.getId().toString(), action);
    }
}
