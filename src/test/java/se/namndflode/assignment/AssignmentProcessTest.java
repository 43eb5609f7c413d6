package se.namndflode.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.namndflode.BoardDecisions;
import se.namndflode.IntegrationTest;
import se.namndflode.MunicipalityFixtures.TestMunicipality;
import se.namndflode.matter.BoardMatterProcess;
import se.namndflode.shared.security.Role;
import se.namndflode.shared.time.WorkingDayCalendar;
import se.namndflode.shared.web.DomainException;

/**
 * Every path of {@code bpmn/assignment.bpmn}, with the engine's clock moved across the reporting points of the
 * calendar (30 April, 31 August, 31 December: a municipality without a goal model) and the end date: appointment,
 * status reports, the reminder, the automatic overdue with its deviation, the manager's task and each of its choices
 * (extend, reassign, escalate and the director's), the default flows, completion in the follow-up report and
 * through a board matter's decision (or its write-off), and a finished assignment never becoming overdue. The steps
 * are taken through the module's service, as the pages and the API take them; the engine's default flows by
 * completing its tasks directly.
 */
@IntegrationTest
class AssignmentProcessTest extends AssignmentTestSupport {

    /** A Monday in January of a year no other test uses: the assignments run through 2030. */
    static final LocalDate REGISTERED = LocalDate.of(2030, 1, 7);
    static final LocalDate END = LocalDate.of(2030, 12, 31);

    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    BoardMatterProcess boardMatters;
    @Autowired
    WorkingDayCalendar workingDays;

    TestMunicipality kommun;

    @BeforeEach
    void municipalityOnRegistrationDay() {
        at(REGISTERED, LocalTime.of(9, 0));
        kommun = municipality();
    }

    String officer() {
        return kommun.user(Role.CASE_OFFICER);
    }

    /** Registers a 2030 plan activity of the board, with the case officer responsible unless {@code unassigned}. */
    Assignment register(String reference, boolean unassigned, Reporting reporting) {
        AssignmentForm form = form(kommun, reference);
        form.setStartDate(LocalDate.of(2030, 1, 1));
        form.setEndDate(END);
        form.setSourceYear(2030);
        form.setResponsible(unassigned ? null : officer());
        form.setReporting(reporting);
        return asManager(kommun, () -> assignments.create(form));
    }

    Assignment register(String reference) {
        return register(reference, false, Reporting.FOLLOW_UP_REPORT);
    }

    /** An action on the overdue assignment as the manager (or director) sees it now: with its version now. */
    OverdueActionForm act(Assignment assignment, OverdueAction action, LocalDate newEnd, String reason,
            String responsible) {
        return new OverdueActionForm(action, newEnd, reason, responsible, version(assignment));
    }

    Assignment reload(Assignment assignment) {
        return asManager(kommun, () -> assignments.assignment(assignment.getId()));
    }

    List<String> waitingIn(Assignment assignment) {
        return runtime.getActiveActivityIds(assignment.getProcessInstanceId()).stream().sorted().toList();
    }

    boolean ended(Assignment assignment, String endEvent) {
        return runtime.createProcessInstanceQuery().processInstanceId(assignment.getProcessInstanceId()).count() == 0
                && history.createHistoricActivityInstanceQuery().processInstanceId(assignment.getProcessInstanceId())
                        .activityId(endEvent).count() == 1;
    }

    /** Moves the clock to a day and time and runs what has become due. */
    void moveTo(Assignment assignment, LocalDate day, LocalTime time) {
        at(day, time);
        runDueJobs(assignment);
    }

    Task task(Assignment assignment, String activity) {
        Task task = tasks.createTaskQuery().processInstanceId(assignment.getProcessInstanceId())
                .taskDefinitionKey(activity).singleResult();
        assertThat(task).as("task " + activity).isNotNull();
        return task;
    }

    List<String> candidateGroups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
                .filter(java.util.Objects::nonNull).toList();
    }

    Job timer(Assignment assignment, String activity) {
        return management.createJobQuery().processInstanceId(assignment.getProcessInstanceId()).activityId(activity)
                .timers().singleResult();
    }

    LocalDate dueDay(Job job) {
        return job.getDuedate().toInstant().atZone(WorkingDayCalendar.STOCKHOLM).toLocalDate();
    }

    StatusReport report(Assignment assignment, Status status, String text) {
        return as(kommun, Role.CASE_OFFICER, () -> assignments.reportStatus(assignment.getId(),
                new StatusReportForm(status, text)));
    }

    int audited(Assignment assignment, String action) {
        return jdbc.queryForObject("select count(*) from audit_event where entity_type = 'Assignment' and "
                + "entity_id = ? and action = ?", Integer.class, assignment.getId().toString(), action);
    }

    /** Past the end date undone: overdue, with the explanation and the manager's action waiting. */
    Assignment overdue(String reference) {
        Assignment assignment = register(reference);
        moveTo(assignment, END.plusDays(1), LocalTime.of(0, 30));
        return reload(assignment);
    }

    // --- Paths ------------------------------------------------------------------------------------------

    @Test
    void startsInTheMunicipalitysTenantWithTheReferenceAsBusinessKeyAndWaitsForTheFirstReportingPoint() {
        Assignment assignment = register("P1");
        var instance = runtime.createProcessInstanceQuery().processInstanceId(assignment.getProcessInstanceId())
                .singleResult();
        assertThat(instance.getTenantId()).isEqualTo(kommun.code());
        assertThat(instance.getBusinessKey()).isEqualTo("P1");
        assertThat(waitingIn(assignment)).containsExactly("EndDateReminder", "ReportingPoint");
        assertThat(dueDay(timer(assignment, "ReportingPoint"))).isEqualTo(LocalDate.of(2030, 4, 30));
        assertThat(dueDay(timer(assignment, "EndDateReminder"))).isEqualTo(workingDays.minusWorkingDays(END, 10));
        assertThat(reload(assignment).getPhase()).isEqualTo(Phase.IN_PROGRESS);
        assertThat(reload(assignment).getNextReportOn()).isEqualTo(LocalDate.of(2030, 4, 30));
    }

    @Test
    void aManagerAppointsTheResponsiblePersonWhoThenReportsAtEachReportingPoint() {
        Assignment assignment = register("P2", true, Reporting.FOLLOW_UP_REPORT);
        assertThat(reload(assignment).getPhase()).isEqualTo(Phase.AWAITING_RESPONSIBLE);
        Task appoint = task(assignment, "AppointResponsible");
        assertThat(candidateGroups(appoint)).containsExactly("MANAGER");

        asManager(kommun, () -> assignments.reassign(assignment.getId(), 
                new ReassignForm(officer(), null, version(assignment))));
        runDueJobs(assignment);
        assertThat(reload(assignment).getPhase()).isEqualTo(Phase.IN_PROGRESS);
        assertThat(waitingIn(assignment)).containsExactly("EndDateReminder", "ReportingPoint");
        assertThat(audited(assignment, "APPOINTED")).isEqualTo(1);

        moveTo(assignment, LocalDate.of(2030, 4, 30), LocalTime.of(8, 0));
        assertThat(task(assignment, "ReportStatus").getAssignee()).isEqualTo(officer());
        report(assignment, Status.ON_TRACK, null);
        runDueJobs(assignment);
        assertThat(dueDay(timer(assignment, "ReportingPoint"))).isEqualTo(LocalDate.of(2030, 8, 31));

        moveTo(assignment, LocalDate.of(2030, 8, 31), LocalTime.of(8, 0));
        report(assignment, Status.DEVIATION, "Upphandlingen av plattformen är försenad; klart i december.");
        runDueJobs(assignment);
        assertThat(dueDay(timer(assignment, "ReportingPoint"))).isEqualTo(LocalDate.of(2030, 12, 31));
        Assignment reported = reload(assignment);
        assertThat(reported.getLatestStatus()).isEqualTo(Status.DEVIATION);
        assertThat(reported.isDeviating()).isTrue();
        assertThat(asManager(kommun, () -> assignments.statusReports(assignment.getId())))
                .extracting(StatusReport::getAsOf, StatusReport::getStatus).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2030, 8, 31), Status.DEVIATION),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2030, 4, 30), Status.ON_TRACK));
    }

    @Test
    void reportedDoneAtAReportingPointItIsCompletedInTheFollowUpReport() {
        Assignment assignment = register("P3");
        moveTo(assignment, LocalDate.of(2030, 8, 31), LocalTime.of(8, 0));
        report(assignment, Status.DONE, "Lärportalen är publicerad.");
        assertThat(waitingIn(assignment)).as("the report stands behind a transaction boundary")
                .containsExactly("EndDateReminder", "ReportStatus");
        runDueJobs(assignment);
        assertThat(ended(assignment, "AssignmentCompleted")).isTrue();
        Assignment done = reload(assignment);
        assertThat(done.getPhase()).isEqualTo(Phase.COMPLETED);
        assertThat(done.getCompletedOn()).isEqualTo(LocalDate.of(2030, 8, 31));
        assertThat(done.getReportedIn()).isEqualTo("Tertialrapport 2 2030");
        assertThat(audited(assignment, "COMPLETED")).isEqualTo(1);
    }

    @Test
    void theResponsiblePersonIsRemindedBeforeTheEndDate() {
        Assignment assignment = register("P4");
        LocalDate reminder = workingDays.minusWorkingDays(END, 10);
        moveTo(assignment, reminder.minusDays(1), LocalTime.of(12, 0));
        assertThat(reload(assignment).getRemindedAt()).isNull();
        moveTo(assignment, reminder, LocalTime.of(8, 0));
        assertThat(reload(assignment).getRemindedAt()).isNotNull();
        assertThat(audited(assignment, "REMINDED")).isEqualTo(1);
        assertThat(waitingIn(assignment)).contains("EndDatePassed");
    }

    @Test
    void theDayAfterTheEndDateItIsOverdueWithADeviationToExplainAndTheManagersTask() {
        Assignment assignment = register("P5");
        moveTo(assignment, END, LocalTime.of(23, 59));
        assertThat(reload(assignment).getOverdueSince()).as("not on the end date itself").isNull();

        moveTo(assignment, END.plusDays(1), LocalTime.of(0, 0));
        Assignment overdue = reload(assignment);
        assertThat(overdue.getOverdueSince()).isEqualTo(END.plusDays(1));
        assertThat(overdue.isDeviating()).isTrue();
        assertThat(asManager(kommun, () -> assignments.statusReports(assignment.getId()))).first()
                .satisfies(deviation -> {
                    assertThat(deviation.getStatus()).isEqualTo(Status.DEVIATION);
                    assertThat(deviation.isAutomatic()).isTrue();
                    assertThat(deviation.isUnexplained()).isTrue();
                });
        assertThat(task(assignment, "ExplainDeviation").getAssignee()).isEqualTo(officer());
        assertThat(candidateGroups(task(assignment, "ActOnOverdue"))).containsExactly("MANAGER");

        as(kommun, Role.CASE_OFFICER, () -> assignments.explainDeviation(assignment.getId(),
                new ExplanationForm("Personalbrist under hösten; klart i februari.")));
        assertThat(waitingIn(assignment)).doesNotContain("ExplainDeviation");
        assertThat(asManager(kommun, () -> assignments.statusReports(assignment.getId()))).first()
                .extracting(StatusReport::getText).isEqualTo("Personalbrist under hösten; klart i februari.");
        assertThat(audited(assignment, "OVERDUE")).isEqualTo(1);
    }

    @Test
    void theManagerExtendsWithAReasonAndTheWatchStartsAgainFromTheNewEndDate() {
        Assignment assignment = overdue("P6");
        LocalDate newEnd = LocalDate.of(2031, 2, 28);
        assertThatThrownBy(() -> asManager(kommun, () -> assignments.actOnOverdue(assignment.getId(),
                act(assignment, OverdueAction.EXTEND, newEnd, " ", null))))
                .isInstanceOf(DomainException.class)
                .extracting("messageKey", "field").containsExactly("assignment.extend.reasonRequired", "reason");
        assertThatThrownBy(() -> asManager(kommun, () -> assignments.actOnOverdue(assignment.getId(),
                act(assignment, OverdueAction.EXTEND, END, "Skäl", null))))
                .isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("assignment.extend.notLater");

        asManager(kommun, () -> assignments.actOnOverdue(assignment.getId(),
                act(assignment, OverdueAction.EXTEND, newEnd, "Beroende av kommunstyrelsens utredning.", null)));
        runDueJobs(assignment);
        Assignment extended = reload(assignment);
        assertThat(extended.getEndDate()).isEqualTo(newEnd);
        assertThat(extended.isOverdue()).isFalse();
        assertThat(waitingIn(assignment)).contains("EndDateReminder").doesNotContain("ActOnOverdue");
        assertThat(dueDay(timer(assignment, "EndDateReminder"))).isEqualTo(workingDays.minusWorkingDays(newEnd, 10));
        assertThat(audited(assignment, "EXTENDED")).isEqualTo(1);

        moveTo(assignment, newEnd.plusDays(1), LocalTime.of(0, 30));
        assertThat(reload(assignment).getOverdueSince()).isEqualTo(newEnd.plusDays(1));
        assertThat(task(assignment, "ActOnOverdue")).isNotNull();
    }

    @Test
    void theManagerReassignsAndTheNewResponsiblePersonGetsTheTasks() {
        Assignment assignment = overdue("P7");
        String other = fixtures().account(kommun.code() + ".annan", java.util.EnumSet.of(Role.CASE_OFFICER),
                java.util.Set.of(kommun.id()));
        asManager(kommun, () -> assignments.actOnOverdue(assignment.getId(),
                act(assignment, OverdueAction.REASSIGN, null, "Sofia är föräldraledig.", other)));
        runDueJobs(assignment);
        Assignment reassigned = reload(assignment);
        assertThat(reassigned.getResponsible()).isEqualTo(other);
        assertThat(reassigned.isOverdue()).as("still overdue").isTrue();
        assertThat(task(assignment, "ExplainDeviation").getAssignee()).isEqualTo(other);
        assertThat(waitingIn(assignment)).doesNotContain("ActOnOverdue", "DecideEscalation");
        assertThat(ended(assignment, "OverdueReassigned")).isFalse();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(assignment.getProcessInstanceId())
                .activityId("OverdueReassigned").count()).isEqualTo(1);
        assertThatThrownBy(() -> report(assignment, Status.ON_TRACK, null)).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("assignment.status.notResponsible");
        assertThat(audited(assignment, "REASSIGNED")).isEqualTo(1);
    }

    @Test
    void theManagerEscalatesAndTheDirectorExtends() {
        Assignment assignment = overdue("P8");
        asManager(kommun, () -> assignments.actOnOverdue(assignment.getId(),
                act(assignment, OverdueAction.ESCALATE, null, "Tredje förseningen.", null)));
        runDueJobs(assignment);
        Task decide = task(assignment, "DecideEscalation");
        assertThat(candidateGroups(decide)).containsExactly("DIRECTOR");
        assertThatThrownBy(() -> asManager(kommun, () -> assignments.actOnOverdue(assignment.getId(),
                act(assignment, OverdueAction.EXTEND, LocalDate.of(2031, 3, 31), "Skäl", null))))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("assignment.overdue.directors");

        as(kommun, Role.DIRECTOR, () -> assignments.actOnOverdue(assignment.getId(),
                act(assignment, OverdueAction.EXTEND, LocalDate.of(2031, 3, 31), "Nytt datum från KS.", null)));
        runDueJobs(assignment);
        assertThat(reload(assignment).getEndDate()).isEqualTo(LocalDate.of(2031, 3, 31));
        assertThat(waitingIn(assignment)).contains("EndDateReminder").doesNotContain("DecideEscalation");
        assertThat(audited(assignment, "ESCALATED")).isEqualTo(1);
    }

    @Test
    void theDirectorReassignsAnEscalatedAssignment() {
        Assignment assignment = overdue("P9");
        asManager(kommun, () -> assignments.actOnOverdue(assignment.getId(),
                act(assignment, OverdueAction.ESCALATE, null, null, null)));
        runDueJobs(assignment);
        assertThatThrownBy(() -> as(kommun, Role.DIRECTOR, () -> assignments.actOnOverdue(assignment.getId(),
                act(assignment, OverdueAction.ESCALATE, null, null, null))))
                .isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("assignment.overdue.alreadyEscalated");
        String manager = kommun.user(Role.MANAGER);
        as(kommun, Role.DIRECTOR, () -> assignments.actOnOverdue(assignment.getId(),
                act(assignment, OverdueAction.REASSIGN, null, null, manager)));
        runDueJobs(assignment);
        assertThat(reload(assignment).getResponsible()).isEqualTo(manager);
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(assignment.getProcessInstanceId())
                .activityId("EscalationReassigned").count()).isEqualTo(1);
    }

    @Test
    void withoutAChoiceTheManagersAndTheDirectorsTasksComeBack() {
        Assignment assignment = overdue("P10");
        tasks.complete(task(assignment, "ActOnOverdue").getId(), Map.of());
        runDueJobs(assignment);
        assertThat(task(assignment, "ActOnOverdue")).as("default flow back to the manager").isNotNull();
        tasks.complete(task(assignment, "ActOnOverdue").getId(), Map.of("overdueAction", "ESCALATE"));
        runDueJobs(assignment);
        tasks.complete(task(assignment, "DecideEscalation").getId(), Map.of("overdueAction", "ESCALATE"));
        runDueJobs(assignment);
        assertThat(task(assignment, "DecideEscalation")).as("default flow back to the director").isNotNull();
    }

    @Test
    void anAssignmentReportedDoneBeforeItsEndDateNeverBecomesOverdue() {
        Assignment assignment = register("P11");
        at(LocalDate.of(2030, 6, 10), LocalTime.of(10, 0));
        report(assignment, Status.DONE, "Klart före tertial 2.");
        runDueJobs(assignment);
        assertThat(ended(assignment, "AssignmentCompleted")).isTrue();
        assertThat(reload(assignment).getReportedIn()).isEqualTo("Tertialrapport 2 2030");

        moveTo(assignment, END.plusDays(2), LocalTime.of(9, 0));
        Assignment done = reload(assignment);
        assertThat(done.getOverdueSince()).isNull();
        assertThat(done.isOverdue()).isFalse();
        assertThat(audited(assignment, "OVERDUE")).isZero();
        assertThat(management.createJobQuery().processInstanceId(assignment.getProcessInstanceId()).count()).isZero();
    }

    @Test
    void reportedAsABoardMatterItIsCompletedByTheBoardsDecision() {
        Assignment assignment = register("P12", false, Reporting.BOARD_MATTER);
        at(LocalDate.of(2030, 9, 15), LocalTime.of(10, 0));
        report(assignment, Status.DONE, "Utredningen är klar.");
        runDueJobs(assignment);
        Assignment reporting = reload(assignment);
        assertThat(reporting.getPhase()).isEqualTo(Phase.REPORTING);
        assertThat(waitingIn(assignment)).containsExactly("AwaitBoardDecision");
        Long matterId = reporting.getReportMatterId();
        assertThat(jdbc.queryForObject("select kind from matter where id = ?", String.class, matterId))
                .isEqualTo("ASSIGNMENT_REPORT");
        assertThat(jdbc.queryForObject("select title from matter where id = ?", String.class, matterId))
                .startsWith("Redovisning av uppdrag P12: ");

        decide(matterId);
        assertThat(waitingIn(assignment)).as("completion behind a transaction boundary")
                .containsExactly("CompleteAfterDecision");
        runDueJobs(assignment);
        assertThat(ended(assignment, "CompletedByDecision")).isTrue();
        Assignment completed = reload(assignment);
        assertThat(completed.getPhase()).isEqualTo(Phase.COMPLETED);
        assertThat(completed.getReportedIn()).isEqualTo("nämndens beslut i " + reporting.getReportRegistryNumber());
    }

    @Test
    void aReportMatterWrittenOffLeavesTheAssignmentToTheFollowUpReport() {
        Assignment assignment = register("P13", false, Reporting.BOARD_MATTER);
        at(LocalDate.of(2030, 9, 15), LocalTime.of(10, 0));
        report(assignment, Status.DONE, "Utredningen är klar.");
        runDueJobs(assignment);
        boardMatters.writeOff(reload(assignment).getReportMatterId(), "Redovisas i tertialrapporten i stället.");
        runDueJobs(assignment);
        assertThat(ended(assignment, "AssignmentCompleted")).isTrue();
        assertThat(reload(assignment).getReportedIn()).isEqualTo("Verksamhetsberättelse 2030");
    }

    // --- Refusals ---------------------------------------------------------------------------------------

    @Test
    void aDeviationWithoutExplanationIsRefusedAndNothingIsSaved() {
        Assignment assignment = register("R1");
        moveTo(assignment, LocalDate.of(2030, 4, 30), LocalTime.of(8, 0));
        int audit = auditEvents(kommun.code());
        assertThatThrownBy(() -> report(assignment, Status.DEVIATION, "  ")).isInstanceOf(DomainException.class)
                .extracting("messageKey", "field").containsExactly("assignment.status.textRequired", "text");
        assertThat(asManager(kommun, () -> assignments.statusReports(assignment.getId()))).isEmpty();
        assertThat(auditEvents(kommun.code())).isEqualTo(audit);
        assertThat(task(assignment, "ReportStatus")).as("still open").isNotNull();
    }

    @Test
    void aStatusReportBySomeoneNotResponsibleIsRefusedAndNothingIsSaved() {
        Assignment assignment = register("R2");
        moveTo(assignment, LocalDate.of(2030, 4, 30), LocalTime.of(8, 0));
        int audit = auditEvents(kommun.code());
        assertThatThrownBy(() -> asManager(kommun, () -> assignments.reportStatus(assignment.getId(),
                new StatusReportForm(Status.ON_TRACK, null)))).isInstanceOf(DomainException.class)
                .extracting("messageKey", "status").containsExactly("assignment.status.notResponsible",
                        org.springframework.http.HttpStatus.FORBIDDEN);
        assertThat(asManager(kommun, () -> assignments.statusReports(assignment.getId()))).isEmpty();
        assertThat(auditEvents(kommun.code())).isEqualTo(audit);
    }

    /** Takes the report matter through the board: staff report, decision, justering and notice. */
    private void decide(Long matterId) {
        new BoardDecisions(jdbc, tasks, boardMatters).decide(matterId, kommun.code(), officer());
    }
}
