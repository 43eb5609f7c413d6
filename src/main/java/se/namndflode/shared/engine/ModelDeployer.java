package se.namndflode.shared.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the models at start-up: {@code bpmn/*.bpmn} and {@code dmn/*.dmn} for every municipality, and
 * {@code dmn/<municipality>/*.dmn} to that municipality's Camunda tenant. Unchanged models are not
 * redeployed (duplicate filtering), so every node of a cluster may run this safely.
 */
@Component
@Order(0)
class ModelDeployer implements ApplicationRunner {

    static final String DEPLOYMENT_NAME = "namndflode";
    private static final Logger log = LoggerFactory.getLogger(ModelDeployer.class);

    private final RepositoryService repository;
    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    ModelDeployer(RepositoryService repository) {
        this.repository = repository;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        deploy(null, resources("classpath*:bpmn/*.bpmn", "classpath*:dmn/*.dmn"));
        Map<String, List<Resource>> perTenant = new LinkedHashMap<>();
        for (Resource model : resolver.getResources("classpath*:dmn/*/*.dmn")) {
            String path = model.getURL().getPath();
            String[] parts = path.split("/");
            String tenant = parts[parts.length - 2];
            perTenant.computeIfAbsent(tenant, key -> new ArrayList<>()).add(model);
        }
        for (Map.Entry<String, List<Resource>> entry : perTenant.entrySet()) {
            deploy(entry.getKey(), entry.getValue());
        }
    }

    private List<Resource> resources(String... patterns) throws IOException {
        List<Resource> found = new ArrayList<>();
        for (String pattern : patterns) {
            found.addAll(List.of(resolver.getResources(pattern)));
        }
        return found;
    }

    private void deploy(String tenant, List<Resource> models) throws IOException {
        if (models.isEmpty()) {
            return;
        }
        DeploymentBuilder deployment = repository.createDeployment()
                .name(tenant == null ? DEPLOYMENT_NAME : DEPLOYMENT_NAME + "-" + tenant)
                .enableDuplicateFiltering(true)
                .tenantId(tenant);
        for (Resource model : models) {
            try (InputStream content = model.getInputStream()) {
                deployment.addInputStream(model.getFilename(), content);
            }
        }
        deployment.deploy();
        log.info("Deployed {} model(s) for {}", models.size(), tenant == null ? "all municipalities" : tenant);
    }
}
