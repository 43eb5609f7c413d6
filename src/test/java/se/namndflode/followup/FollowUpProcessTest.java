package se.namndflode.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.namndflode.IntegrationTest;
import se.namndflode.shared.security.Role;
import se.namndflode.shared.web.DomainException;

/**
 * Every path of {@code bpmn/follow-up.bpmn}, with the clock (and the engine's) moved past the reminder and the
 * deadline: all outcomes in; an outcome missing at the reminder and past the deadline (escalated to the manager, who
 * goes on or whose task closes when the last outcome comes in); the assessments bottom-up, a level opening only when
 * the level below is decided; the report compiled and registered as a board matter started in the board-matter
 * process; the board's decision locking the period, or the matter written off. Steps are taken through the module's
 * service, as the pages and the API take them.
 */
@IntegrationTest
class FollowUpProcessTest extends FollowUpTestSupport {

    @BeforeEach
    void municipality() {
        setUpMunicipality();
    }

    List<String> candidateGroups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
                .filter(java.util.Objects::nonNull).toList();
    }

    @Test
    void startsInTheMunicipalitysTenantWithATaskPerIndicatorOwnerAndTheTimersOfTheDeadline() {
        FollowUp followUp = start();
        var instance = runtime.createProcessInstanceQuery().processInstanceId(followUp.getProcessInstanceId())
                .singleResult();
        assertThat(instance.getTenantId()).isEqualTo(kommun.code());
        assertThat(instance.getBusinessKey()).isEqualTo("uppfoljning-2026-T1-" + kommun.boardId());
        assertThat(open(followUp, "EnterOutcomes")).extracting(Task::getAssignee)
                .containsExactlyInAnyOrder(officer(), manager());
        assertThat(management.createJobQuery().processInstanceId(followUp.getProcessInstanceId()).timers().list())
                .extracting(job -> job.getDuedate().toInstant().atZone(java.time.ZoneId.of("Europe/Stockholm"))
                        .toLocalDateTime().toString())
                .as("three working days before Friday 15 May, Kristi himmelfärds dag (14 May) not counted")
                .containsExactlyInAnyOrder("2026-05-11T08:00", "2026-05-16T00:00");
        assertThat(reload(followUp).getState()).isEqualTo(FollowUpState.COLLECTING_OUTCOMES);
        assertThat(audited(followUp, "FOLLOW_UP_STARTED")).isEqualTo(1);
    }

    @Test
    void whenAllOutcomesAreInTheDeepestLevelsAssessmentsOpen() {
        FollowUp followUp = start();
        outcome(Role.CASE_OFFICER, followUp, "I02", "3");
        assertThat(open(followUp, "EnterOutcomes")).as("the officer still owes I03").hasSize(2);
        outcome(Role.CASE_OFFICER, followUp, "I03", "85");
        assertThat(open(followUp, "EnterOutcomes")).extracting(Task::getAssignee).containsExactly(manager());
        outcome(Role.MANAGER, followUp, "I01", "72");
        runDueJobs(followUp);

        assertThat(open(followUp, "EnterOutcomes")).isEmpty();
        assertThat(assessmentTasks(followUp)).containsExactly("1.3.1", "1.3.2");
        assertThat(candidateGroups(open(followUp, "AssessGoal").get(0))).containsExactly("CASE_OFFICER");
        assertThat(reload(followUp).getState()).isEqualTo(FollowUpState.ASSESSING);
        assertThat(reload(followUp).getAssessingDepth()).isEqualTo(3);
        assertThat(management.createJobQuery().processInstanceId(followUp.getProcessInstanceId()).timers().count())
                .as("the reminder and the deadline end with the collection").isZero();
    }

    @Test
    void aMissingOutcomeIsRemindedThenEscalatedToTheManagerWhoGoesOn() {
        FollowUp followUp = start();
        outcome(Role.CASE_OFFICER, followUp, "I02", "3");
        outcome(Role.CASE_OFFICER, followUp, "I03", "85");

        moveTo(followUp, LocalDate.of(2026, 5, 11), LocalTime.of(7, 55));
        assertThat(reload(followUp).getRemindedAt()).isNull();
        moveTo(followUp, LocalDate.of(2026, 5, 11), LocalTime.of(8, 5));
        assertThat(reload(followUp).getRemindedAt()).isNotNull();
        assertThat(audited(followUp, "FOLLOW_UP_REMINDED")).isEqualTo(1);
        assertThat(open(followUp, "EnterOutcomes")).extracting(Task::getAssignee).containsExactly(manager());

        moveTo(followUp, LocalDate.of(2026, 5, 15), LocalTime.of(23, 59));
        assertThat(reload(followUp).getState()).isEqualTo(FollowUpState.COLLECTING_OUTCOMES);
        moveTo(followUp, LocalDate.of(2026, 5, 16), LocalTime.of(0, 30));
        assertThat(open(followUp, "EnterOutcomes")).isEmpty();
        Task handle = open(followUp, "HandleMissingOutcomes").get(0);
        assertThat(handle.getAssignee()).isEqualTo(manager());
        assertThat(candidateGroups(handle)).containsExactly("MANAGER");
        assertThat(reload(followUp).getState()).isEqualTo(FollowUpState.OUTCOMES_MISSING);
        assertThat(audited(followUp, "FOLLOW_UP_ESCALATED")).isEqualTo(1);

        as(Role.MANAGER, () -> followUps.continueWithoutMissing(followUp.getId(), reload(followUp).getVersion()));
        runDueJobs(followUp);
        assertThat(assessmentTasks(followUp)).containsExactly("1.3.1", "1.3.2");
        assertThat(audited(followUp, "FOLLOW_UP_CONTINUED")).isEqualTo(1);
    }

    @Test
    void afterTheDeadlineTheLastMissingOutcomeClosesTheManagersTask() {
        FollowUp followUp = start();
        outcome(Role.CASE_OFFICER, followUp, "I02", "3");
        moveTo(followUp, LocalDate.of(2026, 5, 16), LocalTime.of(0, 30));
        assertThat(open(followUp, "HandleMissingOutcomes")).hasSize(1);

        outcome(Role.CASE_OFFICER, followUp, "I03", "85");
        assertThat(open(followUp, "HandleMissingOutcomes")).as("I01 still missing").hasSize(1);
        outcome(Role.MANAGER, followUp, "I01", "72");
        runDueJobs(followUp);
        assertThat(open(followUp, "HandleMissingOutcomes")).isEmpty();
        assertThat(assessmentTasks(followUp)).containsExactly("1.3.1", "1.3.2");
    }

    @Test
    void aGoalsTaskOpensOnlyWhenTheGoalsBelowAreDecided() {
        FollowUp followUp = start();
        allOutcomes(followUp);
        runDueJobs(followUp);
        assess(followUp, "1.3.1", "HELT");
        runDueJobs(followUp);
        assertThat(assessmentTasks(followUp)).containsExactly("1.3.2");

        assertThatThrownBy(() -> assess(followUp, "1.3", "HELT")).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("followUp.assess.childrenFirst");
        assertThat(as(Role.CASE_OFFICER, () -> goals.assessment(goal("1.3"), goals.period(kommun.code(), "T1"))))
                .as("nothing saved").isEmpty();

        assess(followUp, "1.3.2", "DELVIS");
        assertThat(assessmentTasks(followUp)).as("the next level opens behind a transaction boundary").isEmpty();
        assertThatThrownBy(() -> assess(followUp, "1.3", "DELVIS")).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("followUp.assess.levelOpening");
        runDueJobs(followUp);
        assertThat(assessmentTasks(followUp)).containsExactly("1.3");
        assertThat(reload(followUp).getAssessingDepth()).isEqualTo(2);
        assess(followUp, "1.3", "DELVIS");
        runDueJobs(followUp);
        assertThat(assessmentTasks(followUp)).containsExactly("1");
        assertThat(reload(followUp).getAssessingDepth()).isEqualTo(1);
        assertThat(audited(followUp, "FOLLOW_UP_LEVEL_OPENED")).isEqualTo(3);
    }

    @Test
    void theReportBecomesABoardMatterStartedWithTheReportAttachedToItsStaffReport() {
        FollowUp followUp = throughToTheBoard();
        assertThat(followUp.getState()).isEqualTo(FollowUpState.AWAITING_DECISION);
        assertThat(waitingIn(followUp)).containsExactly("AwaitBoardDecision");
        assertThat(followUp.getReportTitle()).isEqualTo("Tertialrapport 1 2026");
        assertThat(followUp.getAssignmentsTotal()).isZero();
        Long matterId = followUp.getMatterId();
        assertThat(jdbc.queryForMap("select kind, title, board_id from matter where id = ?", matterId))
                .containsEntry("KIND", "REPORT").containsEntry("TITLE", "Tertialrapport 1 2026");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("board-matter")
                .variableValueEquals("matterId", matterId).tenantIdIn(kommun.code()).count())
                .as("the board-matter process started").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from document where matter_id = ? and title = ?",
                Integer.class, matterId, "Tertialrapport 1 2026")).isEqualTo(1);
        assertThat(jdbc.queryForList("select a.content from staff_report_attachment a join staff_report_version v on "
                + "a.staff_report_version_id = v.id join staff_report r on v.staff_report_id = r.id "
                + "where r.matter_id = ?", String.class, matterId)).containsExactly("Tertialrapport 1 2026");
        assertThat(jdbc.queryForObject("select matter_id from follow_up_report where municipality_code = ? and "
                + "plan_year = 2026", Long.class, kommun.code())).isEqualTo(matterId);
        assertThat(audited(followUp, "FOLLOW_UP_MATTER_REGISTERED")).isEqualTo(1);
    }

    @Test
    void theBoardsDecisionLocksThePeriod() {
        FollowUp followUp = throughToTheBoard();
        decide(followUp.getMatterId());
        assertThat(waitingIn(followUp)).as("closing behind a transaction boundary").containsExactly("ClosePeriod");
        runDueJobs(followUp);
        assertThat(ended(followUp, "ReportApproved")).isTrue();
        assertThat(reload(followUp).getState()).isEqualTo(FollowUpState.APPROVED);
        assertThat(audited(followUp, "FOLLOW_UP_APPROVED")).isEqualTo(1);

        assertThatThrownBy(() -> outcome(Role.CASE_OFFICER, followUp, "I02", "4"))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("goal.report.approved");
        assertThatThrownBy(() -> assess(followUp, "1.3.1", "INTE"))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("goal.report.approved");
    }

    @Test
    void aWrittenOffMatterEndsTheFollowUpWithoutLockingThePeriod() {
        FollowUp followUp = throughToTheBoard();
        boardMatters.writeOff(followUp.getMatterId(), "Rapporten lämnas i ett nytt ärende.");
        runDueJobs(followUp);
        assertThat(ended(followUp, "ReportWrittenOff")).isTrue();
        assertThat(reload(followUp).getState()).isEqualTo(FollowUpState.WRITTEN_OFF);
        outcome(Role.CASE_OFFICER, followUp, "I02", "4");
    }
}
