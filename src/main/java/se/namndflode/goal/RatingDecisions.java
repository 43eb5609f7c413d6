package se.namndflode.goal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRequirementsGraph;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionLiteralExpressionImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableInputImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableOutputImpl;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.namndflode.shared.audit.AuditLog;
import se.namndflode.shared.security.CurrentUser;
import se.namndflode.shared.web.DomainException;

/**
 * A municipality's rating tables ({@value #INDICATOR_RATING}, {@value #GOAL_RATING}): the latest version
 * deployed to its Camunda tenant, evaluation with the matched rules, and deployment of a new version at run time
 * — used only after it parses, has the required inputs and outputs, and agrees with the municipality's stored
 * examples. Earlier versions stay deployed, so a proposal keeps pointing at the version that made it.
 */
@Service
public class RatingDecisions {

    public static final String INDICATOR_RATING = "indicator-rating";
    public static final String GOAL_RATING = "goal-rating";
    /** Deployments made at run time; apart from the start-up deployment so a restart does not undo them. */
    static final String UPLOAD_DEPLOYMENT = "namndflode-goal-tables";

    /** Variables each decision (with the decisions it requires) must read, and the outputs it must give. */
    static final Map<String, List<String>> REQUIRED_INPUTS = Map.of(
            INDICATOR_RATING, List.of("measured", "targetKind", "outcome"),
            GOAL_RATING, List.of("rated"));
    static final List<String> REQUIRED_OUTPUTS = List.of("rating", "reason");

    /** A deployed decision: its definition id, key, version and tenant. */
    public record Definition(String id, String key, int version, String tenantId) {
    }

    /** What a deployment did: the definitions it made (empty when identical to the deployed version). */
    public record Deployed(String deploymentId, List<Definition> definitions) {
    }

    private final RepositoryService repository;
    private final DecisionExampleRepository examples;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final DecisionEvaluator evaluator = new DecisionEvaluator();
    /** Parsed models by definition id: a deployed definition never changes, so every node may keep its own. */
    private final Map<String, DmnDecisionRequirementsGraph> parsed = new ConcurrentHashMap<>();

    RatingDecisions(RepositoryService repository, DecisionExampleRepository examples, AuditLog audit,
            ObjectMapper json) {
        this.repository = repository;
        this.examples = examples;
        this.audit = audit;
        this.json = json;
    }

    /** The latest version of a decision in the municipality's tenant, if any is deployed. */
    public Optional<Definition> latest(String municipalityCode, String key) {
        DecisionDefinition definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey(key)
                .tenantIdIn(municipalityCode).latestVersion().singleResult();
        return Optional.ofNullable(definition).map(RatingDecisions::definition);
    }

    /** Every version of the municipality's rating decisions, newest first. */
    public List<Definition> versions(String municipalityCode) {
        return repository.createDecisionDefinitionQuery().tenantIdIn(municipalityCode)
                .decisionDefinitionKeyLike("%-rating").orderByDecisionDefinitionKey().asc()
                .orderByDecisionDefinitionVersion().desc().list().stream().map(RatingDecisions::definition).toList();
    }

    DecisionEvaluator.Result evaluate(Definition definition, Map<String, Object> variables) {
        DmnDecisionRequirementsGraph graph = parsed.computeIfAbsent(definition.id(), id -> {
            try (InputStream model = repository.getDecisionModel(id)) {
                return evaluator.parse(model);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return evaluator.evaluate(graph.getDecision(definition.key()), variables);
    }

    /**
     * Validates a DMN file made in Camunda Modeler and deploys it to the municipality's tenant.
     *
     * @throws DomainException (field {@code file}) when it does not parse, contains neither rating decision,
     *         lacks a required input or output, or gives another rating than a stored example
     */
    @Transactional
    public Deployed deploy(String municipalityCode, String fileName, byte[] content) {
        if (CurrentUser.get().filter(user -> !user.belongsTo(municipalityCode)).isPresent()) {
            throw DomainException.notFound("notFound.municipality");
        }
        DmnDecisionRequirementsGraph graph = validate(municipalityCode, content);
        String name = fileName == null || fileName.isBlank() ? "rating.dmn"
                : fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        if (!name.endsWith(".dmn")) {
            name = name + ".dmn";
        }
        Deployment deployment = repository.createDeployment().name(UPLOAD_DEPLOYMENT).tenantId(municipalityCode)
                .enableDuplicateFiltering(false).addInputStream(name, new ByteArrayInputStream(content)).deploy();
        List<Definition> made = repository.createDecisionDefinitionQuery().deploymentId(deployment.getId()).list()
                .stream().map(RatingDecisions::definition).toList();
        audit.record("DECISION_DEPLOYED", "DecisionDefinition", deployment.getId(), municipalityCode,
                "Beslutstabeller driftsatta: " + graph.getDecisions().stream().map(DmnDecision::getKey).sorted()
                        .toList(),
                made.stream().map(found -> found.key() + " v" + found.version()).toList().toString());
        return new Deployed(deployment.getId(), made);
    }

    /** The checks {@link #deploy} makes, without deploying; returns the parsed model. */
    DmnDecisionRequirementsGraph validate(String municipalityCode, byte[] content) {
        DmnDecisionRequirementsGraph graph;
        try {
            graph = evaluator.parse(new ByteArrayInputStream(content));
        } catch (RuntimeException unparsable) {
            throw DomainException.invalid("file", "goal.dmn.unparsable", firstLine(unparsable.getMessage()));
        }
        boolean any = false;
        for (String key : REQUIRED_INPUTS.keySet()) {
            DmnDecision decision = graph.getDecision(key);
            if (decision == null) {
                continue;
            }
            any = true;
            checkShape(decision);
            for (DecisionExample example : examples.findByMunicipalityCodeAndDecisionKeyOrderById(municipalityCode,
                    key)) {
                DecisionEvaluator.Result result;
                try {
                    result = evaluator.evaluate(decision, inputs(example));
                } catch (RuntimeException failed) {
                    throw DomainException.invalid("file", "goal.dmn.exampleError", example.getName(),
                            firstLine(failed.getMessage()));
                }
                if (!Objects.equals(result.rating(), example.getExpectedRating())) {
                    throw DomainException.invalid("file", "goal.dmn.exampleDisagrees", example.getName(),
                            shown(example.getExpectedRating()), shown(result.rating()));
                }
            }
        }
        if (!any) {
            throw DomainException.invalid("file", "goal.dmn.noRatingDecision", INDICATOR_RATING, GOAL_RATING);
        }
        return graph;
    }

    private static void checkShape(DmnDecision decision) {
        if (!(decision.getDecisionLogic() instanceof DmnDecisionTableImpl table)) {
            throw DomainException.invalid("file", "goal.dmn.notATable", decision.getKey());
        }
        for (String output : REQUIRED_OUTPUTS) {
            if (table.getOutputs().stream().map(DmnDecisionTableOutputImpl::getOutputName)
                    .noneMatch(output::equals)) {
                throw DomainException.invalid("file", "goal.dmn.outputMissing", decision.getKey(), output);
            }
        }
        StringBuilder expressions = new StringBuilder();
        collectExpressions(decision, expressions);
        for (String input : REQUIRED_INPUTS.get(decision.getKey())) {
            if (!Pattern.compile("\\b" + Pattern.quote(input) + "\\b").matcher(expressions).find()) {
                throw DomainException.invalid("file", "goal.dmn.inputMissing", decision.getKey(), input);
            }
        }
    }

    private static void collectExpressions(DmnDecision decision, StringBuilder into) {
        if (decision.getDecisionLogic() instanceof DmnDecisionTableImpl table) {
            for (DmnDecisionTableInputImpl input : table.getInputs()) {
                if (input.getExpression() != null) {
                    into.append(input.getExpression().getExpression()).append('\n');
                }
            }
        } else if (decision.getDecisionLogic() instanceof DmnDecisionLiteralExpressionImpl literal) {
            into.append(literal.getExpression().getExpression()).append('\n');
        }
        for (DmnDecision required : decision.getRequiredDecisions()) {
            collectExpressions(required, into);
        }
    }

    /** An example's inputs as variables: whole numbers as integers, others as decimals. */
    Map<String, Object> inputs(DecisionExample example) {
        Map<String, Object> raw;
        try {
            raw = json.readValue(example.getInputs(), new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (IOException e) {
            throw DomainException.invalid("file", "goal.dmn.exampleError", example.getName(), e.getMessage());
        }
        Map<String, Object> variables = new HashMap<>();
        raw.forEach((name, value) -> variables.put(name, value instanceof Double || value instanceof Float
                ? new BigDecimal(value.toString()) : value));
        return variables;
    }

    List<DecisionExample> examples(String municipalityCode) {
        return examples.findByMunicipalityCodeOrderById(municipalityCode);
    }

    private static String shown(String rating) {
        return rating == null ? "inget förslag" : rating;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String line = message.lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    private static Definition definition(DecisionDefinition definition) {
        return new Definition(definition.getId(), definition.getKey(), definition.getVersion(),
                definition.getTenantId());
    }

    static Set<String> keys() {
        return REQUIRED_INPUTS.keySet();
    }

    static List<String> requiredOf(String key) {
        return new ArrayList<>(REQUIRED_INPUTS.get(key));
    }
}
