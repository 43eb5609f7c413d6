package se.namndflode.shared.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the models, each to the Camunda tenant of the municipality it serves (tenant id = municipality code):
 * {@code bpmn/*.bpmn} and {@code dmn/*.dmn} to every municipality, {@code dmn/<municipality>/*.dmn} to that one
 * only. The system's own models ({@link #SYSTEM_MODELS}, e.g. the session purge) belong to no municipality and
 * are deployed once, without tenant. Runs at start-up for every existing municipality and, through
 * {@link TenantAdded}, for a municipality an administrator creates. Unchanged models are not redeployed
 * (duplicate filtering per deployment name and tenant), so every node of a cluster may run this safely.
 */
@Component
@Order(0)
class ModelDeployer implements ApplicationRunner {

    static final String DEPLOYMENT_NAME = "namndflode";
    /** Models of the system itself, not of a municipality's work: deployed once, without tenant. */
    static final Set<String> SYSTEM_MODELS = Set.of("housekeeping.bpmn");

    private static final Logger log = LoggerFactory.getLogger(ModelDeployer.class);

    private final RepositoryService repository;
    private final ObjectProvider<EngineTenants> tenants;
    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    ModelDeployer(RepositoryService repository, ObjectProvider<EngineTenants> tenants) {
        this.repository = repository;
        this.tenants = tenants;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        deploy(null, resources("classpath*:bpmn/*.bpmn").stream().filter(ModelDeployer::isSystemModel).toList());
        Set<String> all = new TreeSet<>();
        tenants.orderedStream().forEach(known -> all.addAll(known.tenantIds()));
        for (Resource model : resolver.getResources("classpath*:dmn/*/*.dmn")) {
            all.add(folderOf(model));
        }
        for (String tenant : all) {
            deployFor(tenant);
        }
    }

    /** A new municipality gets its models in the transaction that creates it. */
    @EventListener
    void on(TenantAdded added) {
        try {
            deployFor(added.tenantId());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** Deploys every model of a municipality's work to its tenant (unchanged ones are skipped). */
    void deployFor(String tenant) throws IOException {
        List<Resource> models = new ArrayList<>(resources("classpath*:bpmn/*.bpmn", "classpath*:dmn/*.dmn")
                .stream().filter(model -> !isSystemModel(model)).toList());
        for (Resource model : resolver.getResources("classpath*:dmn/*/*.dmn")) {
            if (folderOf(model).equals(tenant)) {
                models.add(model);
            }
        }
        deploy(tenant, models);
    }

    private static boolean isSystemModel(Resource model) {
        return SYSTEM_MODELS.contains(model.getFilename());
    }

    private static String folderOf(Resource model) {
        try {
            String[] parts = model.getURL().getPath().split("/");
            return parts[parts.length - 2];
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
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
        log.info("Deployed {} model(s) for {}", models.size(), tenant == null ? "the system (no tenant)" : tenant);
    }
}
