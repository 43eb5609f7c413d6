package se.namndflode.shared.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultJobConfiguration;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import se.namndflode.IntegrationTest;
import se.namndflode.MovableClock;
import se.namndflode.matter.BoardMatterProcess;
import se.namndflode.registry.MatterForm;
import se.namndflode.registry.MatterKind;
import se.namndflode.registry.Registry;

/**
 * History cleanup is scheduled (a nightly batch window) and removes the engine's history of an instance once
 * its model's historyTimeToLive has passed since it ended; the job executor has the settings chosen for a
 * cluster (application.yml, docs/operations.md).
 */
@IntegrationTest
class HistoryCleanupTest {

    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 1_000_000_000L);
    /** The board-matter model's historyTimeToLive. */
    private static final Duration BOARD_MATTER_TTL = Duration.ofDays(365);

    @Autowired
    ProcessEngine engine;
    @Autowired
    HistoryService history;
    @Autowired
    ManagementService management;
    @Autowired
    BoardMatterProcess process;
    @Autowired
    Registry registry;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MovableClock clock;
    @Autowired
    CamundaBpmProperties properties;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private ProcessEngineConfigurationImpl configuration() {
        return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }

    /** A report registered in Socialnämnden and written off at once: its process instance has ended. */
    private HistoricProcessInstance endedMatter() {
        MatterForm form = new MatterForm();
        form.setBoardId(jdbc.queryForObject("select id from board where name = 'Socialnämnden'", Long.class));
        form.setKind(MatterKind.REPORT);
        form.setTitle("Rapport som skrivs av " + NEXT.incrementAndGet());
        form.setSender("Kommunstyrelsen");
        Long matterId = registry.registerMatter(form).getId();
        process.writeOff(matterId, "Dubbelregistrerad");
        HistoricProcessInstance ended = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(BoardMatterProcess.PROCESS).variableValueEquals("matterId", matterId)
                .singleResult();
        assertThat(ended.getEndTime()).isNotNull();
        return ended;
    }

    private boolean exists(HistoricProcessInstance instance) {
        return history.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).count() == 1;
    }

    /** Nothing left of the instance's history: neither it, nor its steps, nor its variables. */
    private boolean gone(HistoricProcessInstance instance) {
        return !exists(instance)
                && history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).count() == 0
                && history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).count() == 0;
    }

    @Test
    void historyCleanupIsScheduledInTheNightlyWindow() {
        List<Job> cleanup = history.findHistoryCleanupJobs();
        assertThat(cleanup).as("scheduled at start-up because a batch window is configured").isNotEmpty();
        ZoneId zone = ZoneId.systemDefault();
        LocalTime due = ZonedDateTime.ofInstant(cleanup.get(0).getDuedate().toInstant(), zone).toLocalTime();
        assertThat(due).isBetween(LocalTime.of(1, 0), LocalTime.of(5, 0));
        assertThat(configuration().getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
    }

    @Test
    void theHistoryOfAMatterGoesAYearAfterItEndedAndNewerHistoryStays() {
        HistoricProcessInstance old = endedMatter();
        assertThat(old.getRemovalTime()).as("ended + the model's historyTimeToLive")
                .isEqualTo(Date.from(old.getEndTime().toInstant().plus(BOARD_MATTER_TTL)));

        // A year and a day later (the cleanup removes whatever of the whole test database is as old).
        clock.setInstant(Instant.now().plus(BOARD_MATTER_TTL).plus(Duration.ofDays(1)));
        HistoricProcessInstance fresh = endedMatter();
        history.cleanUpHistoryAsync(true);
        // Each run removes a batch per table; on a large database it takes a few.
        for (int round = 0; round < 50 && !gone(old); round++) {
            for (Job job : history.findHistoryCleanupJobs()) {
                management.executeJob(job.getId());
            }
        }

        assertThat(gone(old)).as("the year-old history is gone").isTrue();
        assertThat(exists(fresh)).as("the newly ended one stays").isTrue();
    }

    /**
     * The job executor is off in tests, so this builds it as the running application does (the starter's own
     * factory, from the bound application.yml) and checks what a cluster relies on.
     */
    @Test
    void theJobExecutorHasTheClusterSettings() {
        TaskExecutor threads = DefaultJobConfiguration.JobConfiguration.camundaTaskExecutor(properties);
        JobExecutor jobExecutor = DefaultJobConfiguration.JobConfiguration.jobExecutor(threads, properties);
        assertThat(jobExecutor.getLockTimeInMillis()).as("a killed node's jobs are free again after a minute")
                .isEqualTo(60_000);
        assertThat(jobExecutor.getWaitTimeInMillis()).isEqualTo(5_000);
        assertThat(jobExecutor.getMaxWait()).isEqualTo(60_000);
        assertThat(jobExecutor.getMaxJobsPerAcquisition()).isEqualTo(3);
        assertThat(jobExecutor.getWaitTimeInMillis()).isLessThan(jobExecutor.getLockTimeInMillis());
        assertThat(((ThreadPoolTaskExecutor) threads).getMaxPoolSize()).isEqualTo(4);
        assertThat(properties.getJobExecution().isDeploymentAware()).isFalse();
        assertThat(configuration().isJobExecutorDeploymentAware()).isFalse();
    }
}
