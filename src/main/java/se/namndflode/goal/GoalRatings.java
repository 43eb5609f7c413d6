package se.namndflode.goal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.namndflode.shared.web.DomainException;

/**
 * Computes and stores the rating proposals of a municipality's goals and indicators for one reporting period
 * of a plan year: each indicator through {@value RatingDecisions#INDICATOR_RATING}, then the goals from the
 * lowest level up through {@value RatingDecisions#GOAL_RATING}, from counts the application aggregates: of the
 * goal's indicators and child goals, how many are rated and how many have each rating on the scale (a child
 * goal counts with its official's assessment when there is one, else with its proposal), and how many of its
 * assignments have a deviation; which indicators due in the period lack an outcome (full attainment is then not
 * proposed) and which are not due (a yearly indicator in tertial 1), so that the explanation says which. A proposal
 * is stored only when it differs from the current one, and never for a subject of a board whose follow-up report of
 * the period is approved: its proposals stay those the board's report was decided on, while another board's changes
 * of the same period run the tables again.
 */
@Service
public class GoalRatings {

    /** The indicator table's reason for an indicator due in the period whose outcome has not been entered. */
    static final String NO_OUTCOME = "NO_OUTCOME";
    /** The goal table's reason for withholding a proposal while evidence is missing. */
    static final String MISSING_EVIDENCE = "MISSING_EVIDENCE";

    /** What a run did: how many subjects were considered and how many new proposals were stored. */
    public record Run(int indicators, int goals, int stored) {
    }

    private final RatingDecisions decisions;
    private final GoalRepository goals;
    private final IndicatorRepository indicators;
    private final OutcomeRepository outcomes;
    private final AssessmentRepository assessments;
    private final RatingProposalRepository proposals;
    private final ReportingPeriodRepository periods;
    private final FollowUpReportRepository reports;
    private final ObjectProvider<AssignmentDeviations> assignmentDeviations;
    private final ObjectProvider<GoalActivities> goalActivities;
    private final Clock clock;

    GoalRatings(RatingDecisions decisions, GoalRepository goals, IndicatorRepository indicators,
            OutcomeRepository outcomes, AssessmentRepository assessments, RatingProposalRepository proposals,
            ReportingPeriodRepository periods, FollowUpReportRepository reports,
            ObjectProvider<AssignmentDeviations> assignmentDeviations, ObjectProvider<GoalActivities> goalActivities,
            Clock clock) {
        this.goalActivities = goalActivities;
        this.decisions = decisions;
        this.goals = goals;
        this.indicators = indicators;
        this.outcomes = outcomes;
        this.assessments = assessments;
        this.proposals = proposals;
        this.periods = periods;
        this.reports = reports;
        this.assignmentDeviations = assignmentDeviations;
        this.clock = clock;
    }

    /**
     * Proposes ratings for every indicator and goal of the plan year in the period.
     *
     * @throws DomainException 404 for an unknown period; 422 ({@code goal.dmn.notDeployed}) when the
     *         municipality has no rating tables deployed
     */
    @Transactional
    public Run propose(String municipalityCode, int planYear, String periodCode) {
        ReportingPeriod period = periods.findByMunicipalityCodeAndCode(municipalityCode, periodCode)
                .orElseThrow(() -> DomainException.notFound("notFound.period"));
        return propose(municipalityCode, planYear, period);
    }

    /** Proposes when the municipality has both tables deployed; otherwise does nothing (no proposal yet). */
    Run proposeIfDeployed(String municipalityCode, int planYear, ReportingPeriod period) {
        if (decisions.latest(municipalityCode, RatingDecisions.INDICATOR_RATING).isEmpty()
                || decisions.latest(municipalityCode, RatingDecisions.GOAL_RATING).isEmpty()) {
            return new Run(0, 0, 0);
        }
        return propose(municipalityCode, planYear, period);
    }

    Run propose(String municipalityCode, int planYear, ReportingPeriod period) {
        RatingDecisions.Definition indicatorTable = decisions.latest(municipalityCode,
                RatingDecisions.INDICATOR_RATING).orElseThrow(() -> DomainException.invalid(null,
                        "goal.dmn.notDeployed", RatingDecisions.INDICATOR_RATING));
        RatingDecisions.Definition goalTable = decisions.latest(municipalityCode, RatingDecisions.GOAL_RATING)
                .orElseThrow(() -> DomainException.invalid(null, "goal.dmn.notDeployed",
                        RatingDecisions.GOAL_RATING));
        OffsetDateTime now = OffsetDateTime.now(clock);
        Plan plan = plan(municipalityCode, planYear, period);
        List<RatingProposal> stored = new ArrayList<>();

        Map<Long, List<String>> indicatorRatingsByGoal = new HashMap<>();
        Map<Long, Integer> notDueByGoal = new HashMap<>();
        Map<Long, Integer> missingByGoal = new HashMap<>();
        int indicatorCount = 0;
        for (Indicator indicator : plan.indicators()) {
            if (!period.reports(indicator.getPeriodicity())) {
                notDueByGoal.merge(indicator.getGoal().getId(), 1, Integer::sum);
                continue;
            }
            indicatorCount++;
            Outcome outcome = plan.outcomes().get(indicator.getId());
            DecisionEvaluator.Result result = decisions.evaluate(indicatorTable, indicatorVariables(indicator,
                    outcome));
            String explanation = Explanations.indicator(indicator, outcome, result,
                    indicator.getGoal().getLevel().getScale());
            RatingProposal proposal = keepOrPropose(plan.current(), SubjectType.INDICATOR, indicator.getId(),
                    municipalityCode, period, result, indicatorTable, explanation, now,
                    plan.locked(indicator.getGoal()), stored);
            indicatorRatingsByGoal.computeIfAbsent(indicator.getGoal().getId(), id -> new ArrayList<>())
                    .add(proposal.getRating());
            if (NO_OUTCOME.equals(proposal.getReason())) {
                missingByGoal.merge(indicator.getGoal().getId(), 1, Integer::sum);
            }
        }

        List<Goal> all = plan.goalsFromTheLowestLevel();
        Map<Long, String> assessed = plan.assessed();
        Map<Long, List<String>> childRatingsByGoal = new HashMap<>();
        Map<Long, Integer> childrenMissingByGoal = new HashMap<>();
        AssignmentDeviations deviations = assignmentDeviations.getIfAvailable(() -> (code, goal, at) -> 0);
        // The goals' assignments as of the period's day, all goals in one call: the proposal counts them.
        Map<Long, List<GoalActivities.Activity>> activities = all.isEmpty() ? Map.of()
                : goalActivities.getIfAvailable(() -> (code, ids, day) -> Map.of()).activities(municipalityCode,
                        all.stream().map(Goal::getId).toList(), period.asOf(planYear));
        for (Goal goal : all) {
            List<String> indicatorRatings = indicatorRatingsByGoal.getOrDefault(goal.getId(), List.of());
            List<String> childRatings = childRatingsByGoal.getOrDefault(goal.getId(), List.of());
            int assignments = activities.getOrDefault(goal.getId(), List.of()).size();
            int deviating = assignments == 0 ? 0 : deviations.count(municipalityCode, goal.getId(), period);
            Counts counts = Counts.of(goal.getLevel().getScale(), indicatorRatings, childRatings, deviating)
                    .with(notDueByGoal.getOrDefault(goal.getId(), 0), missingByGoal.getOrDefault(goal.getId(), 0),
                            childrenMissingByGoal.getOrDefault(goal.getId(), 0), assignments);
            DecisionEvaluator.Result result = decisions.evaluate(goalTable, counts.variables());
            String explanation = Explanations.goal(goal.getLevel().getScale(), counts, result, period);
            RatingProposal proposal = keepOrPropose(plan.current(), SubjectType.GOAL, goal.getId(), municipalityCode,
                    period, result, goalTable, explanation, now, plan.locked(goal), stored);
            if (goal.getParent() != null) {
                boolean decided = assessed.containsKey(goal.getId());
                String counted = decided ? assessed.get(goal.getId()) : proposal.getRating();
                childRatingsByGoal.computeIfAbsent(goal.getParent().getId(), id -> new ArrayList<>()).add(counted);
                if (!decided && MISSING_EVIDENCE.equals(proposal.getReason())) {
                    childrenMissingByGoal.merge(goal.getParent().getId(), 1, Integer::sum);
                }
            }
        }
        proposals.saveAll(stored);
        return new Run(indicatorCount, all.size(), stored.size());
    }

    /**
     * What a run reads, each kind with one query and in an order that lets every eager reference resolve from what
     * is already loaded (goals, then their indicators, then the indicators' outcomes), so that the number of
     * queries does not grow with the number of goals and indicators.
     *
     * @param goals the plan year's goals, with levels and scales
     * @param indicators the plan year's indicators, of every periodicity
     * @param outcomes the period's outcomes by indicator id
     * @param current the current proposal of each subject in the period, by {@code "TYPE:id"}
     * @param assessed the officials' ratings of goals in the period, by goal id
     * @param lockedBoards the boards (ids; null: no board) whose follow-up report of the period is approved
     */
    record Plan(List<Goal> goals, List<Indicator> indicators, Map<Long, Outcome> outcomes,
            Map<String, RatingProposal> current, Map<Long, String> assessed, Set<Long> lockedBoards) {

        /** Whether the goal's (and its indicators') period is locked by its board's approved report. */
        boolean locked(Goal goal) {
            return lockedBoards.contains(goal.getBoardId());
        }

        /** The goals, deepest level first, so that a goal's children are rated before it. */
        List<Goal> goalsFromTheLowestLevel() {
            List<Goal> sorted = new ArrayList<>(goals);
            sorted.sort(Comparator.comparingInt((Goal goal) -> goal.getLevel().getDepth()).reversed());
            return sorted;
        }
    }

    Plan plan(String municipalityCode, int planYear, ReportingPeriod period) {
        List<Goal> planGoals = goals.plan(municipalityCode, planYear);
        List<Indicator> planIndicators = indicators.findByMunicipalityCodeAndPlanYear(municipalityCode, planYear);
        Map<Long, Outcome> outcomeByIndicator = outcomes
                .findByIndicatorMunicipalityCodeAndIndicatorPlanYearAndPeriod(municipalityCode, planYear, period)
                .stream().collect(Collectors.toMap(o -> o.getIndicator().getId(), Function.identity()));
        Map<String, RatingProposal> current = proposals.current(municipalityCode, period).stream()
                .collect(Collectors.toMap(p -> p.getSubjectType() + ":" + p.getSubjectId(), Function.identity()));
        Map<Long, String> assessed = new HashMap<>();
        for (Assessment assessment : assessments.ofPeriod(municipalityCode, period)) {
            assessed.put(assessment.getGoal().getId(), assessment.getRating());
        }
        // A HashSet: a report of no board (from before boards) locks the goals of no board's plan.
        Set<Long> lockedBoards = reports.findByMunicipalityCodeAndPlanYearAndPeriodAndApprovedOnIsNotNull(
                municipalityCode, planYear, period).stream().map(FollowUpReport::getBoardId)
                .collect(Collectors.toCollection(java.util.HashSet::new));
        return new Plan(planGoals, planIndicators, outcomeByIndicator, current, assessed, lockedBoards);
    }

    private static RatingProposal keepOrPropose(Map<String, RatingProposal> current, SubjectType type, long id,
            String municipalityCode, ReportingPeriod period, DecisionEvaluator.Result result,
            RatingDecisions.Definition table, String explanation, OffsetDateTime now, boolean locked,
            List<RatingProposal> stored) {
        RatingProposal existing = current.get(type + ":" + id);
        if (locked && existing != null) {
            // The board decided its report on this proposal: it stays, and goals above count with it.
            return existing;
        }
        String rules = String.join(",", result.matchedRules());
        if (existing != null && Objects.equals(existing.getRating(), result.rating())
                && Objects.equals(existing.getReason(), result.reason())
                && existing.getDecisionDefinitionId().equals(table.id())
                && existing.getMatchedRules().equals(rules) && existing.getExplanation().equals(explanation)) {
            return existing;
        }
        RatingProposal proposal = new RatingProposal(municipalityCode, type, id, period, result.rating(),
                result.reason(), table, rules, explanation, now);
        if (!locked) {
            stored.add(proposal);
        }
        return proposal;
    }

    /** The indicator table's inputs: value judged, whether measured, the board's target as stored. */
    static Map<String, Object> indicatorVariables(Indicator indicator, Outcome outcome) {
        Map<String, Object> variables = new HashMap<>();
        Target target = indicator.getTarget();
        variables.put("measured", outcome == null || outcome.isMeasured());
        variables.put("outcome", outcome == null ? null : outcome.judgedValue());
        variables.put("targetKind", target.getKind().name());
        variables.put("lower", target.getLower());
        variables.put("upper", target.getUpper());
        variables.put("tolerance", target.getTolerance() == null ? BigDecimal.ZERO : target.getTolerance());
        variables.put("unit", indicator.getUnit());
        return variables;
    }

    /**
     * The counts a goal is rated from. {@code indicators} are those due in the period; {@code indicatorsNotDue}
     * the goal's others (a yearly indicator in tertial 1); {@code indicatorsMissing} of the due ones those without
     * an outcome; {@code goalsMissing} the child goals without a proposal because their evidence is missing;
     * {@code assignments} the goal's assignments as of the period's day, {@code assignmentDeviations} of those
     * with a deviation. Ratings that are null (a key figure, not measured, no outcome, a child goal without
     * proposal) count as unrated.
     */
    record Counts(RatingScale scale, int indicators, int indicatorsRated, int indicatorsTop, int goals,
            int goalsRated, int goalsTop, Map<String, Integer> perRating, int assignmentDeviations,
            int indicatorsNotDue, int indicatorsMissing, int goalsMissing, int assignments) {

        Counts with(int notDue, int missingIndicators, int missingGoals, int assignmentCount) {
            return new Counts(scale, indicators, indicatorsRated, indicatorsTop, goals, goalsRated, goalsTop,
                    perRating, assignmentDeviations, notDue, missingIndicators, missingGoals, assignmentCount);
        }

        int missing() {
            return indicatorsMissing + goalsMissing;
        }

        static Counts of(RatingScale scale, List<String> indicatorRatings, List<String> childRatings,
                int assignmentDeviations) {
            Map<String, Integer> perRating = new LinkedHashMap<>();
            scale.getRatings().forEach(rating -> perRating.put(rating.getCode(), 0));
            String top = scale.getRatings().isEmpty() ? null : scale.getRatings().get(0).getCode();
            int indicatorsRated = 0;
            int indicatorsTop = 0;
            for (String rating : indicatorRatings) {
                if (rating != null) {
                    indicatorsRated++;
                    indicatorsTop += rating.equals(top) ? 1 : 0;
                    perRating.merge(rating, 1, Integer::sum);
                }
            }
            int goalsRated = 0;
            int goalsTop = 0;
            for (String rating : childRatings) {
                if (rating != null) {
                    goalsRated++;
                    goalsTop += rating.equals(top) ? 1 : 0;
                    perRating.merge(rating, 1, Integer::sum);
                }
            }
            return new Counts(scale, indicatorRatings.size(), indicatorsRated, indicatorsTop, childRatings.size(),
                    goalsRated, goalsTop, perRating, assignmentDeviations, 0, 0, 0, 0);
        }

        int rated() {
            return indicatorsRated + goalsRated;
        }

        Map<String, Object> variables() {
            Map<String, Object> variables = new HashMap<>();
            variables.put("rated", rated());
            variables.put("unrated", indicators - indicatorsRated + goals - goalsRated);
            variables.put("missing", missing());
            variables.put("assignments", assignments);
            variables.put("assignmentDeviations", assignmentDeviations);
            perRating.forEach((code, count) -> variables.put("count_" + code, count));
            return variables;
        }
    }
}
