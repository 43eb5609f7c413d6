package se.namndflode.matter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import se.namndflode.EngineJobs;
import se.namndflode.IntegrationTest;
import se.namndflode.registry.Matter;
import se.namndflode.registry.MatterStatus;
import se.namndflode.registry.Registry;
import se.namndflode.shared.audit.AuditLog;
import se.namndflode.shared.time.WorkingDayCalendar;

/**
 * The model's transaction boundaries: when the step after a person's work fails (the notice, the closing),
 * the person's request still succeeds and their work stands; the step waits as a job, is retried by the job
 * executor (R5/PT5M), becomes an incident when the retries are spent, and runs through once the cause is fixed
 * and an operator retries it. The failures are made by spies on the audit log and the registry.
 */
@IntegrationTest
class TransactionBoundariesTest {

    private static final LocalDate FAR_OFF = LocalDate.now().plusYears(5);
    /** The model's retry policy: R5/PT5M. */
    private static final int RETRIES = 5;

    @MockitoSpyBean
    AuditLog audit;
    @MockitoSpyBean
    Registry registry;
    @Autowired
    MockMvc mvc;
    @Autowired
    MatterPagesFixtures fixtures;
    @Autowired
    BoardMatterProcess process;
    @Autowired
    EngineJobs jobs;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void healed() {
        reset(spied(audit), spied(registry));
    }

    /** The spy behind the bean's transactional proxy (stubbing it through the proxy would need a transaction). */
    private static <T> T spied(T bean) {
        return AopTestUtils.getUltimateTargetObject(bean);
    }

    private static String url(Matter matter) {
        return "/api/v1/matters/" + matter.getRegistryNumber().toUrl();
    }

    private MatterProgress progress(Matter matter) {
        return process.progress(matter.getId()).orElseThrow();
    }

    private long audits(Matter matter, String action) {
        return jdbc.queryForObject("select count(*) from audit_event where entity_type = 'Matter' and entity_id = ? "
                + "and action = ?", Long.class, matter.getId().toString(), action);
    }

    /** The matter's one asynchronous step waiting to run. */
    private Job asyncStep(Matter matter, String activity) {
        List<Job> waiting = jobs.asyncSteps(matter.getId());
        assertThat(waiting).singleElement().satisfies(job -> assertThat(management.createJobDefinitionQuery()
                .jobDefinitionId(job.getJobDefinitionId()).singleResult().getActivityId()).isEqualTo(activity));
        return waiting.get(0);
    }

    /**
     * Runs the failing job as the job executor would until its retries are spent: after the first failure it
     * is due again five minutes later; after the last, the matter has an incident at the step.
     */
    private Incident failsUntilIncident(Matter matter, Job job, String activity) {
        for (int attempt = 1; attempt <= RETRIES; attempt++) {
            assertThatThrownBy(() -> management.executeJob(job.getId())).as("attempt " + attempt)
                    .hasStackTraceContaining("svarar inte");
            Job failed = management.createJobQuery().jobId(job.getId()).singleResult();
            assertThat(failed.getRetries()).isEqualTo(RETRIES - attempt);
            if (attempt == 1) {
                assertThat(failed.getExceptionMessage()).contains("svarar inte");
                assertThat(failed.getDuedate()).as("retried after five minutes")
                        .isAfter(new Date(System.currentTimeMillis() + 4 * 60_000));
            }
        }
        Incident incident = runtime.createIncidentQuery().configuration(job.getId())
                .processInstanceId(job.getProcessInstanceId()).singleResult();
        assertThat(incident).as("an incident for the operators (Cockpit)").isNotNull();
        assertThat(incident.getActivityId()).isEqualTo(activity);
        assertThat(process.waitingIn(matter.getId())).contains(activity);
        return incident;
    }

    /** The cause is fixed; an operator gives the job a retry (Cockpit), and the job executor runs it. */
    private void retriedByTheOperator(Job job) {
        reset(spied(audit), spied(registry));
        management.setJobRetries(job.getId(), 1);
        management.executeJob(job.getId());
        assertThat(runtime.createIncidentQuery().processInstanceId(job.getProcessInstanceId()).count()).isZero();
    }

    @Test
    void aFailingNoticeDoesNotUndoTheSecretarysJusteringAndIsRetriedUntilItRuns() throws Exception {
        Matter matter = fixtures.matter(FAR_OFF);
        fixtures.toTheBoard(matter);
        process.recordBoardOutcome(matter.getId(), BoardOutcome.DECIDED, null, false);
        doThrow(new IllegalStateException("Anslagstavlan svarar inte")).when(spied(audit))
                .record(eq("NOTICE_PUBLISHED"), any(), any(), any(), any(), any());

        // The secretary posts the minutes' notice, which tells the matter (NoticeBoard.post).
        process.recordMinutesApproved(matter.getId());

        assertThat(audits(matter, "MINUTES_APPROVED")).as("the secretary's justering stands").isEqualTo(1);
        Job notice = asyncStep(matter, "PublishNotice");
        failsUntilIncident(matter, notice, "PublishNotice");
        assertThat(progress(matter).getNoticePublishedOn()).isNull();
        assertThat(audits(matter, "NOTICE_PUBLISHED")).isZero();

        retriedByTheOperator(notice);

        assertThat(progress(matter).getNoticePublishedOn()).isEqualTo(LocalDate.now(WorkingDayCalendar.STOCKHOLM));
        assertThat(audits(matter, "NOTICE_PUBLISHED")).isEqualTo(1);
        assertThat(process.waitingIn(matter.getId())).contains("AppealPeriodEnds", "DispatchExtract");
    }

    @Test
    void aFailingClosingDoesNotUndoTheSecretarysDispatchAndIsRetriedUntilItRuns() throws Exception {
        // Taken over from an earlier register: decided and announced a month ago, so the appeal period has run
        // and its timer (due) records legal force.
        Matter matter = fixtures.matterRegisteredDaysAgo(40, LocalDate.now().plusMonths(6));
        fixtures.toTheBoard(matter);
        LocalDate today = LocalDate.now(WorkingDayCalendar.STOCKHOLM);
        process.recordBoardOutcome(matter.getId(), BoardOutcome.DECIDED, null, false, today.minusDays(32), null);
        process.recordMinutesApproved(matter.getId(), today.minusDays(30));
        jobs.runDueJobs(matter.getId());
        assertThat(progress(matter).getLegalForceOn()).isNotNull();
        doThrow(new IllegalStateException("Diariet svarar inte")).when(spied(registry))
                .changeStatus(anyLong(), eq(MatterStatus.CLOSED));

        String dispatch = tasks.createTaskQuery().processInstanceBusinessKey(matter.getRegistryNumber().toString())
                .taskDefinitionKey("DispatchExtract").singleResult().getId();
        mvc.perform(post("/api/v1/tasks/{id}/claim", dispatch).with(fixtures.as("sekreterare")).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/tasks/{id}/complete", dispatch).with(fixtures.as("sekreterare")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"recipients\":\"Kommunstyrelsen\"}"))
                .andExpect(status().isOk());

        assertThat(progress(matter).getDispatchedAt()).as("the secretary's dispatch stands").isNotNull();
        assertThat(tasks.createTaskQuery().taskId(dispatch).count()).isZero();
        management.executeJob(asyncStep(matter, "AppealAndDispatchDone").getId());
        Job closing = asyncStep(matter, "CloseMatter");
        failsUntilIncident(matter, closing, "CloseMatter");
        assertThat(progress(matter).getClosedAt()).isNull();

        retriedByTheOperator(closing);

        assertThat(progress(matter).getClosedAt()).isNotNull();
        assertThat(process.waitingIn(matter.getId())).isEmpty();
        assertThat(jdbc.queryForObject("select status from matter where id = ?", String.class, matter.getId()))
                .isEqualTo(MatterStatus.CLOSED.name());
        assertThat(audits(matter, "CLOSED")).isEqualTo(1);
    }
}
