package se.namndflode;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * The engine's job executor is off in tests ({@code application-test.yml}): tests run the jobs it would run,
 * explicitly. A matter's process is found by its variable {@code matterId}, whatever its business key.
 */
public class EngineJobs {

    /** More rounds than any matter's chain of asynchronous steps; a loop beyond it is a fault of the model. */
    private static final int MAX_ROUNDS = 20;

    private final ManagementService management;
    private final RuntimeService runtime;

    public EngineJobs(ManagementService management, RuntimeService runtime) {
        this.management = management;
        this.runtime = runtime;
    }

    /**
     * Runs the matter's asynchronous continuations (the steps after a transaction boundary, not timers) until
     * none is left, as the job executor would shortly after a person's step; returns how many ran. A failing
     * job throws, as the job executor would record it.
     */
    public int runAsyncSteps(Long matterId) {
        return run(matterId, false);
    }

    /** Like {@link #runAsyncSteps}, and also the timers that are due now (by the engine's clock). */
    public int runDueJobs(Long matterId) {
        return run(matterId, true);
    }

    /** The matter's asynchronous continuations waiting to run (also those waiting for a retry). */
    public List<Job> asyncSteps(Long matterId) {
        String instance = instance(matterId);
        return instance == null ? List.of()
                : management.createJobQuery().processInstanceId(instance).messages().list();
    }

    /**
     * Runs the process instance's jobs that are due by the engine's clock (timers and steps after a boundary) until
     * none is left, for any process (an assignment's, a follow-up's); returns how many ran.
     */
    public int runDueJobsOf(String processInstanceId) {
        return run(processInstanceId, "process instance " + processInstanceId, true);
    }

    private int run(Long matterId, boolean timers) {
        return run(instance(matterId), "matter " + matterId, timers);
    }

    private int run(String instance, String whose, boolean timers) {
        int ran = 0;
        for (int round = 0; instance != null; round++) {
            JobQuery query = management.createJobQuery().processInstanceId(instance).executable();
            List<Job> due = (timers ? query : query.messages()).list();
            if (due.isEmpty()) {
                return ran;
            }
            if (round == MAX_ROUNDS) {
                throw new IllegalStateException("Jobs of " + whose + " still due after " + round + " rounds");
            }
            for (Job job : due) {
                // An earlier job of the round may have ended the process and with it this job.
                if (management.createJobQuery().jobId(job.getId()).count() == 1) {
                    management.executeJob(job.getId());
                    ran++;
                }
            }
        }
        return ran;
    }

    private String instance(Long matterId) {
        List<ProcessInstance> instances = runtime.createProcessInstanceQuery()
                .variableValueEquals("matterId", matterId).list();
        return instances.isEmpty() ? null : instances.get(0).getId();
    }
}
