package se.namndflode.assignment.overview;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The service task of {@code bpmn/overview-digest.bpmn}: e-mails the weekly digest of the instance's municipality
 * (the Camunda tenant id is the municipality's code). Thin: the work is {@link OverviewDigest#mailWeekly}.
 */
@Component("overviewDigestJob")
class WeeklyDigestJob implements JavaDelegate {

    private final OverviewDigest digest;

    WeeklyDigestJob(OverviewDigest digest) {
        this.digest = digest;
    }

    @Override
    public void execute(DelegateExecution execution) {
        digest.mailWeekly(execution.getTenantId());
    }
}
