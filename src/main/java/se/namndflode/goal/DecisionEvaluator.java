package se.namndflode.goal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRequirementsGraph;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionLogicEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;

/**
 * Evaluates a municipality's rating tables in memory with Camunda's DMN engine (FEEL), and reports which rules
 * matched, so that a proposal can say why. The engine's {@code DecisionService} would write a history row per
 * evaluation and does not return the rules; the application stores the proposal itself.
 *
 * <p>The matched rules are collected by a listener into a list held for the one evaluation on the calling
 * thread (nothing outlives the call).
 */
final class DecisionEvaluator {

    /** A decision's result: the rating code (null when the rules cannot propose), the reason and the rules. */
    record Result(String rating, String reason, List<String> matchedRules) {
    }

    private static final ThreadLocal<List<String>> MATCHED = new ThreadLocal<>();

    private final DmnEngine engine;

    DecisionEvaluator() {
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        configuration.customPostDecisionEvaluationListeners(List.of(DecisionEvaluator::collect));
        // Camunda's FEEL engine parses each expression on every evaluation; this one parses each text once.
        configuration.feelEngineFactory(new ParsedFeelEngineFactory());
        engine = configuration.buildEngine();
    }

    /** Parses a DMN file; throws {@code DmnEngineException} (or a model exception) when it does not parse. */
    DmnDecisionRequirementsGraph parse(InputStream model) {
        return engine.parseDecisionRequirementsGraph(model);
    }

    Result evaluate(DmnDecision decision, Map<String, Object> variables) {
        List<String> matched = new ArrayList<>();
        MATCHED.set(matched);
        try {
            DmnDecisionResult result = engine.evaluateDecision(decision, variables);
            DmnDecisionResultEntries first = result.isEmpty() ? null : result.get(0);
            String rating = first == null ? null : (String) first.getEntry("rating");
            String reason = first == null ? null : (String) first.getEntry("reason");
            return new Result(rating, reason, List.copyOf(matched));
        } finally {
            MATCHED.remove();
        }
    }

    private static void collect(DmnDecisionEvaluationEvent event) {
        List<String> matched = MATCHED.get();
        if (matched == null) {
            return;
        }
        for (DmnDecisionLogicEvaluationEvent required : event.getRequiredDecisionResults()) {
            collect(required, matched);
        }
        collect(event.getDecisionResult(), matched);
    }

    private static void collect(DmnDecisionLogicEvaluationEvent logic, List<String> matched) {
        if (logic instanceof DmnDecisionTableEvaluationEvent table) {
            for (DmnEvaluatedDecisionRule rule : table.getMatchingRules()) {
                matched.add(logic.getDecision().getKey() + ":" + rule.getId());
            }
        }
    }
}
