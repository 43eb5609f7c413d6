package se.namndflode.shared.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.namndflode.IntegrationTest;

/**
 * Shared models deploy without a tenant; {@code dmn/<municipality>/} models deploy to that municipality's
 * tenant (the test classpath adds {@code dmn/testkommun/threshold.dmn}); unchanged models are not redeployed.
 */
@IntegrationTest
class ModelDeployerTest {

    @Autowired
    RepositoryService repository;
    @Autowired
    ModelDeployer deployer;

    @Test
    void sharedProcessesHaveNoTenant() {
        ProcessDefinition housekeeping = repository.createProcessDefinitionQuery().processDefinitionKey("housekeeping")
                .latestVersion().singleResult();
        assertThat(housekeeping).isNotNull();
        assertThat(housekeeping.getTenantId()).isNull();
        assertThat(housekeeping.getHistoryTimeToLive()).isNotNull();
    }

    @Test
    void municipalityModelsGoToTheirTenant() {
        assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("testThreshold")
                .tenantIdIn("testkommun").count()).isEqualTo(1);
        assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("testThreshold")
                .withoutTenantId().count()).isZero();
    }

    @Test
    void deployingUnchangedModelsAgainCreatesNoNewVersion() throws Exception {
        long before = repository.createDeploymentQuery().count();
        deployer.run(null);
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
    }
}
