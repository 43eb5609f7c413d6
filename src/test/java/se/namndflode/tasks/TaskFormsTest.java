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
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.namndflode.IntegrationTest;
import se.namndflode.matter.BoardMatterProcess;
import se.namndflode.matter.BoardOutcome;
import se.namndflode.matter.StaffReportStatus;
import se.namndflode.matter.StaffReports;
import se.namndflode.registry.DocumentType;
import se.namndflode.registry.Matter;
import se.namndflode.registry.Registry;
import se.namndflode.shared.security.Role;
import se.namndflode.shared.time.WorkingDayCalendar;
import se.namndflode.shared.web.DomainException;

/** Taking and completing tasks, and each task's form moving the board-matter process on. */
@IntegrationTest
class TaskFormsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TaskFixtures fixtures;
    @Autowired
    TaskList tasks;
    @Autowired
    TaskService engineTasks;
    @Autowired
    Registry registry;
    @Autowired
    StaffReports staffReports;
    @Autowired
    BoardMatterProcess process;

    private RequestPostProcessor as(String username) {
        return user(fixtures.user(username));
    }

    private String taskId(Matter matter, String activity) {
        return fixtures.task(matter, activity).getId();
    }

    private void claim(String username, String taskId) throws Exception {
        mvc.perform(post("/uppgifter/{id}/ta", taskId).with(as(username)).with(csrf()))
                .andExpect(redirectedUrl("/uppgifter/" + taskId));
    }

    private Matter newMatter(String caseOfficer) {
        return fixtures.register(fixtures.newBoard(), "Remiss om äldreomsorg " + TaskFixtures.unique(), caseOfficer);
    }

    @Test
    void aMatterGoesFromAssignmentToDispatchThroughTheTaskForms() throws Exception {
        String officer = fixtures.newAccount(Role.CASE_OFFICER);
        Matter matter = newMatter(null);

        // Fördela ärendet: the manager takes the task and chooses the case officer.
        String assign = taskId(matter, "AssignCaseOfficer");
        mvc.perform(get("/uppgifter/{id}", assign).with(as("chef"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ta uppgiften")));
        claim("chef", assign);
        // The form carries the matter's version as the page shows it, and sends it back with the choice.
        String version = String.valueOf(fixtures.version(matter));
        mvc.perform(get("/uppgifter/{id}", assign).with(as("chef"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(officer)))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + version + "\"")))
                .andExpect(content().string(containsString("<dt>Har uppgiften</dt><dd>Erik Holm</dd>")));
        mvc.perform(post("/uppgifter/{id}", assign).param("caseOfficer", officer).param("version", version)
                .with(as("chef")).with(csrf()))
                .andExpect(redirectedUrl("/uppgifter"));
        assertThat(fixtures.waitingIn(matter)).containsExactly("PrepareStaffReport");
        assertThat(fixtures.task(matter, "PrepareStaffReport").getAssignee()).isEqualTo(officer);
        assertThat(fixtures.as("chef", () -> registry.matter(matter.getId())).getCaseOfficerId())
                .isEqualTo(fixtures.user(officer).getAccountId());

        // Skriv tjänsteutlåtande: without decision points the report is refused, next to the button.
        String prepare = taskId(matter, "PrepareStaffReport");
        mvc.perform(get("/uppgifter/{id}", prepare).with(as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "/arenden/" + matter.getRegistryNumber().toUrl() + "/tjansteutlatande")));
        fixtures.report(matter, "");
        mvc.perform(post("/uppgifter/{id}", prepare).with(as(officer)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"decisionPoints-error\"")))
                .andExpect(content().string(containsString("saknar förslag till beslut")));
        assertThat(fixtures.waitingIn(matter)).containsExactly("PrepareStaffReport");
        fixtures.report(matter, "Socialnämnden godkänner tjänsteutlåtandet som svar på remissen.");
        mvc.perform(post("/uppgifter/{id}", prepare).with(as(officer)).with(csrf()))
                .andExpect(redirectedUrl("/uppgifter"));
        assertThat(fixtures.waitingIn(matter)).containsExactly("ReviewStaffReport");

        // Granska: the report is shown; returning it needs a comment.
        String review = taskId(matter, "ReviewStaffReport");
        claim("chef", review);
        mvc.perform(get("/uppgifter/{id}", review).with(as("chef"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("godkänner tjänsteutlåtandet som svar på remissen")))
                .andExpect(content().string(not(containsString("@page"))))
                .andExpect(content().string(containsString("href=\"/arenden/" + matter.getRegistryNumber().toUrl()
                        + "/tjansteutlatande\">Se tjänsteutlåtandet och ändringarna</a>")));
        mvc.perform(post("/uppgifter/{id}", review).param("outcome", "RETURNED").with(as("chef")).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"comment-error\"")));
        assertThat(fixtures.waitingIn(matter)).containsExactly("ReviewStaffReport");
        mvc.perform(post("/uppgifter/{id}", review).param("outcome", "RETURNED").param("comment", "Komplettera")
                .with(as("chef")).with(csrf())).andExpect(redirectedUrl("/uppgifter"));
        assertThat(fixtures.waitingIn(matter)).containsExactly("PrepareStaffReport");
        assertThat(staffReports.find(matter.getId()).orElseThrow().getStatus()).isEqualTo(StaffReportStatus.DRAFT);

        int returned = staffReports.find(matter.getId()).orElseThrow().getCurrent().getNumber();
        fixtures.report(matter, "Socialnämnden godkänner det kompletterade tjänsteutlåtandet som svar på remissen.");
        mvc.perform(post("/uppgifter/{id}", taskId(matter, "PrepareStaffReport")).with(as(officer)).with(csrf()))
                .andExpect(redirectedUrl("/uppgifter"));
        review = taskId(matter, "ReviewStaffReport");
        claim("chef", review);
        // The second round: the link leads to the changes since the version the reviewer had before.
        mvc.perform(get("/uppgifter/{id}", review).with(as("chef"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(">Se ändringar sedan version " + returned + "</a>")));
        mvc.perform(post("/uppgifter/{id}", review).param("outcome", "APPROVED").with(as("chef")).with(csrf()))
                .andExpect(redirectedUrl("/uppgifter"));
        assertThat(fixtures.waitingIn(matter)).containsExactly("ApproveForBoard");

        // Godkänn för nämnden: the report is frozen and registered as a document of the matter.
        String approve = taskId(matter, "ApproveForBoard");
        claim("forvaltningschef", approve);
        mvc.perform(post("/uppgifter/{id}", approve).param("outcome", "APPROVED").with(as("forvaltningschef"))
                .with(csrf())).andExpect(redirectedUrl("/uppgifter"));
        assertThat(fixtures.waitingIn(matter)).containsExactly("PlaceOnAgenda");
        assertThat(fixtures.as("forvaltningschef", () -> registry.documents(matter.getId()))).singleElement()
                .satisfies(document -> {
                    assertThat(document.getType()).isEqualTo(DocumentType.STAFF_REPORT);
                    assertThat(document.getTitle()).isEqualTo("Tjänsteutlåtande");
                    assertThat(document.getFileName())
                            .isEqualTo("tjansteutlatande-" + matter.getRegistryNumber().toUrl() + ".pdf");
                });
        assertThat(staffReports.find(matter.getId()).orElseThrow().isFrozen()).isTrue();

        // Anmäl till sammanträde: a planned meeting of the board is required (today's, so that the board may decide).
        String agenda = taskId(matter, "PlaceOnAgenda");
        claim("sekreterare", agenda);
        LocalDate today = LocalDate.now(WorkingDayCalendar.STOCKHOLM);
        Long meeting = fixtures.meeting(matter.getBoard().getId(), today).getId();
        mvc.perform(post("/uppgifter/{id}", agenda).with(as("sekreterare")).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"meetingId-error\"")));
        mvc.perform(post("/uppgifter/{id}", agenda).param("meetingId", meeting.toString())
                .with(as("sekreterare")).with(csrf())).andExpect(redirectedUrl("/uppgifter"));
        assertThat(fixtures.waitingIn(matter)).containsExactly("AwaitBoardDecision");

        // Expediera protokollsutdrag: recipients required.
        process.recordBoardOutcome(matter.getId(), BoardOutcome.DECIDED, null, true);
        fixtures.runAsyncSteps(matter);
        String dispatch = taskId(matter, "DispatchExtract");
        claim("sekreterare", dispatch);
        mvc.perform(post("/uppgifter/{id}", dispatch).param("recipients", " ").with(as("sekreterare")).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"recipients-error\"")));
        mvc.perform(post("/uppgifter/{id}", dispatch).param("recipients", "Kommunstyrelsen")
                .with(as("sekreterare")).with(csrf())).andExpect(redirectedUrl("/uppgifter"));
        fixtures.runAsyncSteps(matter);
        assertThat(fixtures.waitingIn(matter)).containsExactly("AppealPeriodEnds");
        assertThat(process.progress(matter.getId()).orElseThrow().getDispatchedAt()).isNotNull();
        assertThat(fixtures.audits(matter, TaskList.COMPLETED)).isEqualTo(8);
        assertThat(fixtures.audits(matter, TaskList.CLAIMED)).isEqualTo(6);
    }

    @Test
    void theDirectorCanSendTheReportBack() throws Exception {
        String officer = fixtures.newAccount(Role.CASE_OFFICER);
        Matter matter = newMatter(officer);
        fixtures.report(matter, "Nämnden godkänner.");
        fixtures.as(officer, () -> staffReports.submit(matter.getId(), "stockholm"));
        fixtures.drive(matter, "PrepareStaffReport", Map.of());
        fixtures.drive(matter, "ReviewStaffReport", Map.of("reviewOutcome", "APPROVED"));
        String approve = taskId(matter, "ApproveForBoard");
        claim("forvaltningschef", approve);
        mvc.perform(post("/uppgifter/{id}", approve).param("outcome", "RETURNED").param("comment", "Förtydliga")
                .with(as("forvaltningschef")).with(csrf())).andExpect(redirectedUrl("/uppgifter"));
        assertThat(fixtures.waitingIn(matter)).containsExactly("PrepareStaffReport");
        assertThat(fixtures.as("forvaltningschef", () -> registry.documents(matter.getId()))).isEmpty();
    }

    @Test
    void approvingAReportWithoutDecisionPointsIsRefusedAndRegistersNothing() throws Exception {
        String officer = fixtures.newAccount(Role.CASE_OFFICER);
        Matter matter = newMatter(officer);
        fixtures.report(matter, "");
        fixtures.drive(matter, "PrepareStaffReport", Map.of());
        fixtures.drive(matter, "ReviewStaffReport", Map.of("reviewOutcome", "APPROVED"));
        String approve = taskId(matter, "ApproveForBoard");
        claim("forvaltningschef", approve);

        mvc.perform(post("/uppgifter/{id}", approve).param("outcome", "APPROVED").with(as("forvaltningschef"))
                .with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("saknar förslag till beslut")));

        assertThat(fixtures.waitingIn(matter)).containsExactly("ApproveForBoard");
        assertThat(fixtures.as("forvaltningschef", () -> registry.documents(matter.getId()))).isEmpty();
        assertThat(staffReports.find(matter.getId()).orElseThrow().isFrozen()).isFalse();
        assertThat(fixtures.audits(matter, TaskList.COMPLETED)).isZero();
    }

    @Test
    void onlyACandidateMayTakeAFreeTask() throws Exception {
        Matter matter = newMatter(null);
        String assign = taskId(matter, "AssignCaseOfficer");

        assertThatThrownBy(() -> fixtures.as("sekreterare", () -> tasks.claim(assign)))
                .isInstanceOfSatisfying(DomainException.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("task.notCandidate");
                    assertThat(refusal.status()).isEqualTo(HttpStatus.FORBIDDEN);
                });
        mvc.perform(post("/uppgifter/{id}/ta", assign).with(as("handlaggare")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(engineTasks.createTaskQuery().taskId(assign).singleResult().getAssignee()).isNull();
        assertThat(fixtures.audits(matter, TaskList.CLAIMED)).isZero();

        claim("chef", assign);
        String otherManager = fixtures.newAccount(Role.MANAGER);
        assertThatThrownBy(() -> fixtures.as(otherManager, () -> tasks.claim(assign)))
                .isInstanceOfSatisfying(DomainException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("task.taken"));
        assertThat(engineTasks.createTaskQuery().taskId(assign).singleResult().getAssignee()).isEqualTo("chef");
    }

    @Test
    @WithUserDetails("chef")
    void completingATaskOneDoesNotHoldIsRefusedAndChangesNothing() throws Exception {
        Matter matter = newMatter(null);
        String assign = taskId(matter, "AssignCaseOfficer");

        mvc.perform(post("/uppgifter/{id}", assign).param("caseOfficer", "handlaggare").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Uppgiften är inte din. Ta den först")));

        String otherManager = fixtures.newAccount(Role.MANAGER);
        fixtures.as(otherManager, () -> tasks.claim(assign));
        long auditsBefore = fixtures.audits(matter, TaskList.CLAIMED) + fixtures.audits(matter, TaskList.COMPLETED);
        mvc.perform(post("/uppgifter/{id}", assign).param("caseOfficer", "handlaggare").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Uppgiften är inte din. Ta den först")));

        assertThat(fixtures.waitingIn(matter)).containsExactly("AssignCaseOfficer");
        assertThat(engineTasks.createTaskQuery().taskId(assign).singleResult().getAssignee()).isEqualTo(otherManager);
        assertThat(registry.matter(matter.getId()).getCaseOfficerId()).isNull();
        assertThat(fixtures.audits(matter, TaskList.CLAIMED) + fixtures.audits(matter, TaskList.COMPLETED))
                .isEqualTo(auditsBefore);
        assertThat(fixtures.audits(matter, TaskList.COMPLETED)).isZero();
    }

    @Test
    void aTakenGroupTaskCanBeLeftForOthers() throws Exception {
        Matter matter = newMatter(null);
        String assign = taskId(matter, "AssignCaseOfficer");
        claim("chef", assign);
        mvc.perform(post("/uppgifter/{id}/lamna", assign).with(as("chef")).with(csrf()))
                .andExpect(redirectedUrl("/uppgifter/grupp"));
        assertThat(engineTasks.createTaskQuery().taskId(assign).singleResult().getAssignee()).isNull();
    }

}
