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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.namndflode.IntegrationTest;
import se.namndflode.matter.BoardMatterProcess;
import se.namndflode.matter.BoardOutcome;
import se.namndflode.matter.DecisionAnnounced;
import se.namndflode.matter.MatterClosed;
import se.namndflode.matter.MatterProgress;
import se.namndflode.matter.StaffReport;
import se.namndflode.matter.StaffReportStatus;
import se.namndflode.matter.StaffReports;
import se.namndflode.meeting.Meeting;
import se.namndflode.meeting.Meetings;
import se.namndflode.meeting.ParagraphOutcome;
import se.namndflode.registry.Matter;
import se.namndflode.registry.MatterKind;
import se.namndflode.registry.MatterStatus;
import se.namndflode.registry.Registry;
import se.namndflode.shared.security.Role;
import se.namndflode.shared.time.WorkingDayCalendar;
import se.namndflode.shared.web.DomainException;

/**
 * Flow tests: a matter driven through the application's pages, each step by its role, as people work it (never
 * by completing engine tasks); the board's handling through the meeting's service ({@link Meetings}), as the
 * meeting console records it (a meeting's own flow is {@code MeetingFlowTest}'s). After every step the four sides must agree: where the engine waits (and who holds
 * the task), the domain tables (registry, progress, staff report), the task lists of the people concerned, and
 * the audit log.
 */
@IntegrationTest
@RecordApplicationEvents
class MatterFlowTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TaskFixtures fixtures;
    @Autowired
    TaskList tasks;
    @Autowired
    Registry registry;
    @Autowired
    StaffReports staffReports;
    @Autowired
    BoardMatterProcess process;
    @Autowired
    Meetings meetings;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    // --- A board matter: assignment, reassignment, return, approval, återremiss, decision, closing ----------

    @Test
    void aMatterReferredBackByTheBoardIsRevisedByItsNewCaseOfficerAndDecidedAgain() throws Exception {
        Long board = fixtures.newBoard();
        String first = fixtures.newAccount(Role.CASE_OFFICER);
        String second = fixtures.newAccount(Role.CASE_OFFICER);
        Matter matter = fixtures.register(board, "Riktlinjer för nattbemanning " + TaskFixtures.unique(),
                MatterKind.GUIDELINE, null, null, false);
        assertFourSides(matter, List.of("AssignCaseOfficer"), null);
        assertThat(groupList("chef", board)).containsExactly("AssignCaseOfficer");

        // Fördela ärendet: the manager chooses the first case officer on the task's form.
        String assign = claim("chef", matter, "AssignCaseOfficer");
        mvc.perform(post("/uppgifter/{id}", assign).param("caseOfficer", first)
                .param("version", String.valueOf(fixtures.version(matter))).with(as("chef")).with(csrf()))
                .andExpect(redirectedUrl("/uppgifter"));
        assertFourSides(matter, List.of("PrepareStaffReport"), first);
        assertThat(groupList("chef", board)).isEmpty();
        assertThat(audits(matter, "TASK_COMPLETED")).isEqualTo(1);

        // The manager gives the matter to another case officer on the matter page: the task follows.
        mvc.perform(post("/arenden/{number}/handlaggare", matter.getRegistryNumber().toUrl())
                .param("caseOfficerId", fixtures.user(second).getAccountId().toString())
                .param("version", String.valueOf(fixtures.version(matter))).with(as("chef"))
                .with(csrf())).andExpect(status().is3xxRedirection());
        assertFourSides(matter, List.of("PrepareStaffReport"), second);
        assertThat(myList(first, board)).isEmpty();
        assertThat(runtime.getVariable(instance(matter), "caseOfficer")).isEqualTo(second);
        assertThat(audits(matter, "TASK_REASSIGNED")).isEqualTo(1);

        // Removing the case officer while the report is being written is refused, and changes nothing.
        mvc.perform(post("/arenden/{number}/handlaggare", matter.getRegistryNumber().toUrl())
                .param("caseOfficerId", "").param("version", String.valueOf(fixtures.version(matter)))
                .with(as("chef")).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Välj en ny handläggare i stället")));
        assertFourSides(matter, List.of("PrepareStaffReport"), second);

        // The new case officer writes the report in the editor and submits it on the task.
        saveReport(second, matter, "Socialnämnden antar riktlinjerna för nattbemanning.");
        complete(second, matter, "PrepareStaffReport");
        assertFourSides(matter, List.of("ReviewStaffReport"), null);
        assertThat(report(matter).getStatus()).isEqualTo(StaffReportStatus.SUBMITTED);
        assertThat(groupList("chef", board)).containsExactly("ReviewStaffReport");

        // The manager sends it back with a comment: the case officer sees it on the task and the matter page.
        String review = claim("chef", matter, "ReviewStaffReport");
        mvc.perform(post("/uppgifter/{id}", review).param("outcome", "RETURNED")
                .param("comment", "Komplettera med kostnaderna för bemanningen.").with(as("chef")).with(csrf()))
                .andExpect(redirectedUrl("/uppgifter"));
        assertFourSides(matter, List.of("PrepareStaffReport"), second);
        assertThat(report(matter).getReturnedFrom()).isEqualTo(StaffReport.ReturnedFrom.REVIEW);
        mvc.perform(get("/uppgifter/{id}", fixtures.task(matter, "PrepareStaffReport").getId()).with(as(second)))
                .andExpect(content().string(containsString("Tillbaka från chefens granskning")))
                .andExpect(content().string(containsString("Komplettera med kostnaderna för bemanningen.")));
        mvc.perform(get("/arenden/{number}", matter.getRegistryNumber().toUrl()).with(as(second)))
                .andExpect(content().string(containsString("Komplettera med kostnaderna för bemanningen.")));

        // Revised, submitted, approved by the manager and the director: frozen and registered.
        saveReport(second, matter, "Socialnämnden antar riktlinjerna för nattbemanning, med kostnader.");
        complete(second, matter, "PrepareStaffReport");
        approve("chef", matter, "ReviewStaffReport");
        assertFourSides(matter, List.of("ApproveForBoard"), null);
        approve("forvaltningschef", matter, "ApproveForBoard");
        assertFourSides(matter, List.of("PlaceOnAgenda"), null);
        StaffReport approved = report(matter);
        assertThat(approved.getStatus()).isEqualTo(StaffReportStatus.APPROVED);
        int approvedNumber = approved.getApprovedNumber();
        assertThat(approvedNumber).isEqualTo(approved.getCurrent().getNumber());

        // The secretary places it on a meeting's agenda; the board refers it back (återremiss) at the meeting.
        Meeting referring = placeOnAgenda(matter);
        assertFourSides(matter, List.of("AwaitBoardDecision"), null);
        decideAtTheMeeting(referring, matter, ParagraphOutcome.REFERRED_BACK, null,
                "Utred kostnaderna för nattbemanningen vidare.", false);
        runDueWork(matter);
        assertFourSides(matter, List.of("PrepareStaffReport"), second);
        StaffReport reopened = report(matter);
        assertThat(reopened.getStatus()).isEqualTo(StaffReportStatus.DRAFT);
        assertThat(reopened.getReturnedFrom()).isEqualTo(StaffReport.ReturnedFrom.BOARD);
        assertThat(reopened.getCurrent().getNumber()).isEqualTo(approvedNumber + 1);
        assertThat(reopened.getApprovedNumber()).isEqualTo(approvedNumber);
        assertThat(reopened.getVersions().get(approvedNumber - 1).getDecisionPoints())
                .containsExactly("Socialnämnden antar riktlinjerna för nattbemanning, med kostnader.");
        assertThat(lastAuditSummary(matter, "BOARD_OUTCOME")).contains("återremiss").doesNotContain("omedelbart");
        assertThat(events.stream(DecisionAnnounced.class)).isEmpty();
        mvc.perform(get("/uppgifter/{id}", fixtures.task(matter, "PrepareStaffReport").getId()).with(as(second)))
                .andExpect(content().string(containsString("Återremitterat av nämnden")))
                .andExpect(content().string(containsString("Utred kostnaderna för nattbemanningen vidare.")));
        mvc.perform(get("/arenden/{number}", matter.getRegistryNumber().toUrl()).with(as("chef")))
                .andExpect(content().string(containsString("Utred kostnaderna för nattbemanningen vidare.")));

        // The case officer can save and submit the new draft; it goes the whole way again and is decided.
        saveReport(second, matter, "Socialnämnden antar riktlinjerna, med utredda kostnader.");
        complete(second, matter, "PrepareStaffReport");
        mvc.perform(get("/uppgifter/{id}", fixtures.task(matter, "ReviewStaffReport").getId()).with(as("chef")))
                .andExpect(content().string(not(containsString("Återremitterat av nämnden"))));
        approve("chef", matter, "ReviewStaffReport");
        approve("forvaltningschef", matter, "ApproveForBoard");
        Meeting deciding = placeOnAgenda(matter);
        decideAtTheMeeting(deciding, matter, ParagraphOutcome.DECIDED, "Socialnämnden antar riktlinjerna.", null, true);
        runDueWork(matter);
        assertFourSides(matter, List.of("AppealPeriodEnds", "DispatchExtract"), null);
        assertThat(lastAuditSummary(matter, "BOARD_OUTCOME")).contains("beslutat (omedelbart justerad)");
        MatterProgress decided = process.progress(matter.getId()).orElseThrow();
        assertThat(decided.getNoticePublishedOn()).isNotNull();
        assertThat(events.stream(DecisionAnnounced.class).filter(event -> event.matterId().equals(matter.getId())))
                .singleElement().satisfies(event -> {
                    assertThat(event.outcome()).isEqualTo(BoardOutcome.DECIDED);
                    assertThat(event.noticeDay()).isEqualTo(decided.getNoticePublishedOn());
                    assertThat(event.appealPeriodEnds()).isEqualTo(decided.getAppealPeriodEnds());
                    assertThat(event.municipalityCode()).isEqualTo("stockholm");
                });

        // A decided matter cannot be written off: refused beside the form, and nothing changes.
        mvc.perform(post("/arenden/{number}/handlaggning/avskrivning", matter.getRegistryNumber().toUrl())
                .param("reason", "Behövs inte längre").with(as("chef")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ett beslutat ärende kan inte skrivas av")));
        assertFourSides(matter, List.of("AppealPeriodEnds", "DispatchExtract"), null);
        assertThat(process.progress(matter.getId()).orElseThrow().getWrittenOffAt()).isNull();
        assertThat(audits(matter, "WRITTEN_OFF")).isZero();

        // Dispatch, then the appeal period ends: the matter closes, and says so to whoever listens.
        String dispatch = claim("sekreterare", matter, "DispatchExtract");
        mvc.perform(post("/uppgifter/{id}", dispatch).param("recipients", "Kommunstyrelsen")
                .with(as("sekreterare")).with(csrf())).andExpect(redirectedUrl("/uppgifter"));
        runDueWork(matter);
        assertFourSides(matter, List.of("AppealPeriodEnds"), null);
        assertThat(events.stream(MatterClosed.class)).noneMatch(event -> event.matterId().equals(matter.getId()));
        for (Job timer : management.createJobQuery().processInstanceId(instance(matter)).timers().list()) {
            management.executeJob(timer.getId());
        }
        runDueWork(matter);
        assertThat(fixtures.waitingIn(matter)).isEmpty();
        assertThat(fixtures.as("chef", () -> registry.matter(matter.getId())).getStatus())
                .isEqualTo(MatterStatus.CLOSED);
        assertThat(audits(matter, "CLOSED")).isEqualTo(1);
        assertThat(myList(second, board)).isEmpty();
        assertThat(groupList("sekreterare", board)).isEmpty();
        assertThat(events.stream(MatterClosed.class).filter(event -> event.matterId().equals(matter.getId())))
                .singleElement().satisfies(event -> assertThat(event.how()).isEqualTo(MatterClosed.How.CLOSED));
    }

    @Test
    void aMatterWrittenOffBeforeTheBoardDecidedClosesAndSaysSo() throws Exception {
        Long board = fixtures.newBoard();
        String officer = fixtures.newAccount(Role.CASE_OFFICER);
        Matter matter = fixtures.register(board, "Remiss som återkallats " + TaskFixtures.unique(),
                MatterKind.REPORT, null, officer, false);
        assertFourSides(matter, List.of("PrepareStaffReport"), officer);
        mvc.perform(post("/arenden/{number}/handlaggning/avskrivning", matter.getRegistryNumber().toUrl())
                .param("reason", "Remissen har återkallats").with(as("chef")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        runDueWork(matter);
        assertThat(fixtures.waitingIn(matter)).isEmpty();
        assertThat(myList(officer, board)).isEmpty();
        assertThat(process.progress(matter.getId()).orElseThrow().getWrittenOffAt()).isNotNull();
        assertThat(audits(matter, "WRITTEN_OFF")).isEqualTo(1);
        assertThat(events.stream(MatterClosed.class).filter(event -> event.matterId().equals(matter.getId())))
                .singleElement().satisfies(event -> assertThat(event.how()).isEqualTo(MatterClosed.How.WRITTEN_OFF));
        assertThat(events.stream(DecisionAnnounced.class)).noneMatch(event -> event.matterId().equals(matter.getId()));
    }

    // --- A report item: delegationsbeslut and anmälningar, reported at every meeting of the year ------------

    @Test
    void aStandingReportItemIsReportedAtEachMeetingAndClosedAfterTheLastJustering() throws Exception {
        Long board = fixtures.newBoard();
        Matter matter = fixtures.register(board, "Anmälan av delegationsbeslut " + TaskFixtures.unique(),
                MatterKind.DELEGATED_DECISION, null, null, false);
        // No staff report, no assignment: straight to the secretary's agenda step.
        assertFourSides(matter, List.of("PlaceOnAgenda"), null);
        assertThat(groupList("sekreterare", board)).containsExactly("PlaceOnAgenda");
        assertThat(groupList("chef", board)).isEmpty();

        Meeting first = placeOnAgenda(matter);
        assertFourSides(matter, List.of("AwaitReport"), null);
        Long item = paragraphOf(first, matter);
        // It is reported, not decided: a decision is refused and changes nothing.
        fixtures.as("sekreterare", () -> {
            meetings.setAgenda(first.getId());
            meetings.open(first.getId());
            return null;
        });
        assertThatThrownBy(() -> fixtures.as("sekreterare", () -> meetings.decide(first.getId(), item,
                ParagraphOutcome.DECIDED, "Beslut", null, false))).isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "meeting.outcome.notFor.REPORT_ITEM");
        assertFourSides(matter, List.of("AwaitReport"), null);

        // Reported at this meeting, and again at the next (a standing matter of the year).
        fixtures.as("sekreterare", () -> {
            meetings.setReportAgain(first.getId(), item, meetings.versionNow(first.getId()), true);
            return meetings.decide(first.getId(), item, ParagraphOutcome.REPORTED, null, null, false);
        });
        assertFourSides(matter, List.of("PlaceOnAgenda"), null);
        assertThat(audits(matter, "REPORTED")).isEqualTo(1);

        Meeting next = placeOnAgenda(matter);
        decideAtTheMeeting(next, matter, ParagraphOutcome.REPORTED, null, null, false);
        assertFourSides(matter, List.of("AwaitMinutesApproval"), null);

        // The minutes' notice tells the matter the day it was posted (NoticeBoard.post, as the secretary).
        fixtures.as("sekreterare", () -> {
            process.recordMinutesApproved(matter.getId());
            return null;
        });
        runDueWork(matter);
        assertThat(fixtures.waitingIn(matter)).isEmpty();
        assertThat(groupList("sekreterare", board)).isEmpty();
        assertThat(fixtures.as("chef", () -> registry.matter(matter.getId())).getStatus())
                .isEqualTo(MatterStatus.CLOSED);
        assertThat(audits(matter, "CLOSED")).isEqualTo(1);
        assertThat(events.stream(MatterClosed.class).filter(event -> event.matterId().equals(matter.getId())))
                .singleElement().satisfies(event -> assertThat(event.how()).isEqualTo(MatterClosed.How.CLOSED));
        assertThat(events.stream(DecisionAnnounced.class)).noneMatch(event -> event.matterId().equals(matter.getId()));
    }

    // --- Steps, as people take them -----------------------------------------------------------------------

    private RequestPostProcessor as(String username) {
        return user(fixtures.user(username));
    }

    private String claim(String username, Matter matter, String activity) throws Exception {
        String taskId = fixtures.task(matter, activity).getId();
        mvc.perform(post("/uppgifter/{id}/ta", taskId).with(as(username)).with(csrf()))
                .andExpect(redirectedUrl("/uppgifter/" + taskId));
        return taskId;
    }

    private void complete(String username, Matter matter, String activity) throws Exception {
        mvc.perform(post("/uppgifter/{id}", fixtures.task(matter, activity).getId()).with(as(username))
                .with(csrf())).andExpect(redirectedUrl("/uppgifter"));
    }

    private void approve(String username, Matter matter, String activity) throws Exception {
        String taskId = claim(username, matter, activity);
        mvc.perform(post("/uppgifter/{id}", taskId).param("outcome", "APPROVED").with(as(username)).with(csrf()))
                .andExpect(redirectedUrl("/uppgifter"));
    }

    /**
     * "Anmäl till sammanträde" on the task's form: a meeting of the board planned for today (so that the board's
     * handling can be recorded right after; never before the meeting), each at a time of its own.
     */
    private Meeting placeOnAgenda(Matter matter) throws Exception {
        Meeting meeting = fixtures.as("sekreterare", () -> meetings.plan(matter.getBoard().getId(),
                LocalDate.now(WorkingDayCalendar.STOCKHOLM), LocalTime.of(8, 0).plusMinutes(nextMeeting++),
                "Sammanträdesrummet"));
        String taskId = claim("sekreterare", matter, "PlaceOnAgenda");
        mvc.perform(post("/uppgifter/{id}", taskId).param("meetingId", meeting.getId().toString())
                .with(as("sekreterare")).with(csrf())).andExpect(redirectedUrl("/uppgifter"));
        return meeting;
    }

    private int nextMeeting;

    private Long paragraphOf(Meeting meeting, Matter matter) {
        return meetings.paragraphs(meeting.getId()).stream().filter(item -> matter.getId().equals(item.getMatterId()))
                .findFirst().orElseThrow().getId();
    }

    /** The secretary sets the agenda, opens the meeting and records the board's handling of the matter. */
    private void decideAtTheMeeting(Meeting meeting, Matter matter, ParagraphOutcome outcome, String decision,
            String reason, boolean immediately) {
        fixtures.as("sekreterare", () -> {
            meetings.setAgenda(meeting.getId());
            meetings.open(meeting.getId());
            return meetings.decide(meeting.getId(), paragraphOf(meeting, matter), outcome, decision, reason,
                    immediately);
        });
    }

    /** Saves the staff report in its editor, as the case officer does (the form's version guards the update). */
    private void saveReport(String username, Matter matter, String decisionPoint) throws Exception {
        StaffReport current = staffReports.find(matter.getId()).orElse(null);
        var request = post("/arenden/{number}/tjansteutlatande", matter.getRegistryNumber().toUrl())
                .param("title", "Tjänsteutlåtande om " + matter.getTitle())
                .param("reportDate", LocalDate.now().toString()).param("decisionPoints", decisionPoint)
                .param("summary", "Förvaltningen föreslår att nämnden antar riktlinjerna.");
        if (current != null) {
            request.param("version", Long.toString(current.getVersion()));
        }
        mvc.perform(request.with(as(username)).with(csrf())).andExpect(status().is3xxRedirection());
    }

    /** What the job executor does by itself in the running application: the due steps after a person's work. */
    private void runDueWork(Matter matter) {
        String instance = instance(matter);
        for (int round = 0; round < 5 && instance != null; round++) {
            List<Job> due = management.createJobQuery().processInstanceId(instance).executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
    }

    // --- The four sides -----------------------------------------------------------------------------------

    /**
     * The engine waits in {@code waiting} (the main flow); its one user task, if any, is held by {@code holder}
     * and is in that person's "Mina uppgifter" (or, unheld, in no one's); the registry's case officer is the
     * holder of the preparation task; the progress is open.
     */
    private void assertFourSides(Matter matter, List<String> waiting, String holder) {
        assertThat(fixtures.waitingIn(matter)).as("engine").containsExactlyInAnyOrderElementsOf(waiting);
        MatterProgress progress = process.progress(matter.getId()).orElseThrow();
        assertThat(progress.isOpen()).as("domain: open").isTrue();
        Matter current = fixtures.as("chef", () -> registry.matter(matter.getId()));
        assertThat(current.getStatus()).as("registry status").isNotEqualTo(MatterStatus.CLOSED);
        if (waiting.contains("PrepareStaffReport")) {
            assertThat(fixtures.task(matter, "PrepareStaffReport").getAssignee()).as("engine: holder")
                    .isEqualTo(holder);
            assertThat(current.getCaseOfficerId()).as("domain: case officer")
                    .isEqualTo(fixtures.user(holder).getAccountId());
            assertThat(myList(holder, current.getBoard().getId())).as("task list of " + holder)
                    .containsExactly("PrepareStaffReport");
        }
        assertThat(audits(matter, "PROCESS_STARTED")).as("audit").isEqualTo(1);
    }

    /** The matters' tasks in the user's own list (the meetings' tasks are MeetingFlowTest's). */
    private List<String> myList(String username, Long board) {
        return fixtures.as(username, () -> tasks.mine(new TaskFilter(board, null, null, null), 0)).getContent()
                .stream().filter(row -> !row.isMeetingTask()).map(TaskRow::activityId).toList();
    }

    private List<String> groupList(String username, Long board) {
        return fixtures.as(username, () -> tasks.group(new TaskFilter(board, null, null, null), 0)).getContent()
                .stream().filter(row -> !row.isMeetingTask()).map(TaskRow::activityId).toList();
    }

    private StaffReport report(Matter matter) {
        return staffReports.find(matter.getId()).orElseThrow();
    }

    private String instance(Matter matter) {
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .variableValueEquals("matterId", matter.getId()).singleResult();
        return instance == null ? null : instance.getId();
    }

    private long audits(Matter matter, String action) {
        return fixtures.audits(matter, action);
    }

    private String lastAuditSummary(Matter matter, String action) {
        return jdbc.queryForList("select summary from audit_event where entity_type = 'Matter' and entity_id = ? "
                + "and action = ? order by id desc", String.class, matter.getId().toString(), action).get(0);
    }
}
