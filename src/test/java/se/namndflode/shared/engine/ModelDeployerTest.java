package se.namndflode.shared.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RepositoryService;
import java.util.List;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import se.namndflode.IntegrationTest;
import se.namndflode.MunicipalityFixtures;
import se.namndflode.organisation.MunicipalityForm;
import se.namndflode.organisation.OrganisationAdmin;

/**
 * The municipalities' models deploy to each municipality's tenant (a new municipality's in the transaction that
 * creates it), the system's own without tenant; {@code dmn/<municipality>/} models deploy to that municipality's
 * tenant only (the test classpath adds {@code dmn/testkommun/threshold.dmn}); unchanged models are not redeployed.
 */
@IntegrationTest
class ModelDeployerTest {

    @Autowired
    RepositoryService repository;
    @Autowired
    ModelDeployer deployer;

    @Autowired
    OrganisationAdmin organisation;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void theSystemsOwnProcessesHaveNoTenant() {
        ProcessDefinition housekeeping = repository.createProcessDefinitionQuery().processDefinitionKey("housekeeping")
                .latestVersion().singleResult();
        assertThat(housekeeping).isNotNull();
        assertThat(housekeeping.getTenantId()).isNull();
        assertThat(housekeeping.getHistoryTimeToLive()).isNotNull();
    }

    @Test
    void everyMunicipalityHasTheBoardMatterProcessInATenantOfItsOwn() {
        for (String municipality : List.of("stockholm", "sjostad")) {
            assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("board-matter")
                    .tenantIdIn(municipality).latestVersion().count()).as(municipality).isEqualTo(1);
        }
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("board-matter").withoutTenantId()
                .count()).as("a municipality's processes are never deployed without tenant").isZero();
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("housekeeping")
                .tenantIdIn("stockholm").count()).as("the system's processes are not the municipalities'").isZero();
    }

    @Test
    void aNewMunicipalityGetsItsProcessesInTheTransactionThatCreatesIt() {
        String created = "kommun-" + MunicipalityFixtures.letters(8);
        transaction.executeWithoutResult(status -> {
            organisation.saveMunicipality(municipality(created));
            assertThat(definitions(created)).isEqualTo(1);
        });
        assertThat(definitions(created)).isEqualTo(1);

        String refused = "kommun-" + MunicipalityFixtures.letters(8);
        transaction.executeWithoutResult(status -> {
            organisation.saveMunicipality(municipality(refused));
            status.setRollbackOnly();
        });
        assertThat(definitions(refused)).as("no deployment outlives a municipality that was never created")
                .isZero();
    }

    private long definitions(String tenant) {
        return repository.createProcessDefinitionQuery().processDefinitionKey("board-matter").tenantIdIn(tenant)
                .count();
    }

    private static MunicipalityForm municipality(String code) {
        MunicipalityForm form = new MunicipalityForm();
        form.setCode(code);
        form.setName("Testkommun " + code);
        return form;
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
