package se.namndflode.goal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import se.namndflode.organisation.Board;
import se.namndflode.shared.pdf.ArchivalPdf;
import se.namndflode.shared.web.DomainException;

/**
 * Compiles a board's follow-up report for a reporting period of a plan year: the tertial report (forecasts, future
 * tense, with Prognos helår) or the annual report (verksamhetsberättelse; outcomes, past tense), in the structure
 * of the seed (Stockholm's Socialnämnden, Tertialrapport 1 2024): per goal its rating and sentence, the
 * justification, the indicator table and the activity table; as a model (JSON), XHTML and PDF/A.
 *
 * <p>The rating of a goal is the official's assessment; a goal not yet assessed shows the rules' proposal, marked
 * as such ({@link ReportModel.GoalSection#decided()} false). The justification is the official's, else the
 * suggested one ({@link #suggestedJustification}). Every figure is read from the database in a fixed number of
 * queries, whatever the number of goals.
 */
@Service
@Transactional(readOnly = true)
public class PeriodReports {

    static final String TEMPLATE = "goal/report-document";
    static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    static final String NOT_RATED = "Ej bedömd";

    private final Goals goals;
    private final GoalRepository goalRepository;
    private final IndicatorRepository indicators;
    private final OutcomeRepository outcomes;
    private final AssessmentRepository assessments;
    private final RatingProposalRepository proposals;
    private final ObjectProvider<GoalActivities> goalActivities;
    private final TemplateEngine templates;

    PeriodReports(Goals goals, GoalRepository goalRepository, IndicatorRepository indicators,
            OutcomeRepository outcomes, AssessmentRepository assessments, RatingProposalRepository proposals,
            ObjectProvider<GoalActivities> goalActivities, TemplateEngine templates) {
        this.goals = goals;
        this.goalRepository = goalRepository;
        this.indicators = indicators;
        this.outcomes = outcomes;
        this.assessments = assessments;
        this.proposals = proposals;
        this.goalActivities = goalActivities;
        this.templates = templates;
    }

    /**
     * The board's report for the period of the plan year, as model, XHTML and PDF/A.
     *
     * @param municipalityCode the municipality (Camunda tenant id), e.g. {@code stockholm}
     * @param boardId the board whose goals are reported (those of its plan for the year)
     * @param planYear the plan year, e.g. 2026
     * @param periodCode the reporting period's code, e.g. {@code T1}, {@code ANNUAL}
     * @throws DomainException 404 for a municipality the user does not belong to, an unknown period, a board that
     *         is not the municipality's
     */
    public CompiledReport compile(String municipalityCode, Long boardId, int planYear, String periodCode) {
        return compile(municipalityCode, boardId, planYear, periodCode, null);
    }

    /**
     * As {@link #compile(String, Long, int, String)}, with the official's Sammanfattande analys (null: none
     * written) printed before the per-goal summary.
     */
    public CompiledReport compile(String municipalityCode, Long boardId, int planYear, String periodCode,
            String summaryAnalysis) {
        ReportModel model = model(municipalityCode, boardId, planYear, periodCode, summaryAnalysis);
        String html = html(model);
        return new CompiledReport(model.title(), model.forecast(), html, ArchivalPdf.render(html), model);
    }

    /** The report's model only (for the JSON API and the pages): as {@link #compile}, without rendering. */
    public ReportModel model(String municipalityCode, Long boardId, int planYear, String periodCode) {
        return model(municipalityCode, boardId, planYear, periodCode, null);
    }

    /** As {@link #model(String, Long, int, String)}, with the official's Sammanfattande analys (may be null). */
    public ReportModel model(String municipalityCode, Long boardId, int planYear, String periodCode,
            String summaryAnalysis) {
        ReportingPeriod period = goals.period(municipalityCode, periodCode);
        Board board = board(municipalityCode, boardId);
        List<Goal> planGoals = goalRepository.boardPlan(municipalityCode, planYear, boardId).stream()
                .sorted(Comparator.comparing(goal -> GoalNumbers.sortKey(goal.getNumber()))).toList();
        Plan plan = plan(municipalityCode, planYear, boardId, period, planGoals);
        boolean forecast = period.isForecast();
        List<ReportModel.GoalSection> sections = new ArrayList<>();
        for (Goal goal : planGoals) {
            sections.add(section(goal, period, planYear, plan, forecast));
        }
        return new ReportModel(ReportTexts.title(period, planYear), municipalityCode, boardId, board.getName(),
                planYear, period.getCode(), period.getName(), period.asOf(planYear), forecast,
                indicatorColumns(planYear, forecast), activityColumns(), List.copyOf(sections),
                ReportTexts.decisionProposal(board.getName(), ReportTexts.title(period, planYear),
                        period.asOf(planYear), forecast, planYear), summaryAnalysis,
                sections.stream().filter(section -> section.depth() == 1)
                        .map(section -> new ReportModel.SummaryItem(section.number(), section.title(),
                                section.assessmentSentence() + " " + section.justification())).toList());
    }

    /** The model as a self-contained XHTML document (template {@value #TEMPLATE}). */
    public String html(ReportModel model) {
        Context context = new Context(SWEDISH);
        context.setVariable("doc", model);
        return templates.process(TEMPLATE, context);
    }

    /**
     * The suggested justification of a goal's rating for a period ("Bedömningen grundas på att förväntade resultat
     * och indikatorerna prognostiseras att uppnås."), naming only the kinds of evidence the goal has: expected
     * results, indicators with a rating proposal, activities, underlying goals with a rating. Past tense for a
     * period that judges outcomes. The official edits it.
     */
    public String suggestedJustification(Goal goal, ReportingPeriod period) {
        Goal checked = goals.goal(goal.getId());
        List<Goal> children = goals.children(checked);
        List<Indicator> own = indicators.findByGoalOrderByCode(checked);
        int rated = 0;
        int met = 0;
        int missing = 0;
        RatingScale scale = checked.getLevel().getScale();
        for (Indicator indicator : own) {
            RatingProposal proposal = goals.proposal(SubjectType.INDICATOR, indicator.getId(), period).orElse(null);
            String rating = proposal == null ? null : proposal.getRating();
            missing += proposal != null && GoalRatings.NO_OUTCOME.equals(proposal.getReason()) ? 1 : 0;
            if (rating != null) {
                rated++;
                met += ReportTexts.Standing.of(scale, rating) == ReportTexts.Standing.FULLY ? 1 : 0;
            }
        }
        ChildRatings childRatings = ChildRatings.of(children, child -> goals.assessment(child, period)
                .map(Assessment::getRating).orElseGet(() -> goals.proposal(SubjectType.GOAL, child.getId(), period)
                        .map(RatingProposal::getRating).orElse(null)));
        List<GoalActivities.Activity> activities = activities(checked, period);
        ReportTexts.Evidence evidence = new ReportTexts.Evidence(!checked.getExpectedResults().isEmpty(), rated,
                met, activities.size(), (int) activities.stream().filter(GoalActivities.Activity::deviates).count(),
                childRatings.levelName(), childRatings.rated(), childRatings.met(), missing, children.size());
        return ReportTexts.suggestedJustification(evidence, period.isForecast());
    }

    /** The goal's activities (assignments) as of the period's day in its plan year, in reference order. */
    List<GoalActivities.Activity> activities(Goal goal, ReportingPeriod period) {
        return activities(goal.getMunicipalityCode(), List.of(goal.getId()), period.asOf(goal.getPlanYear()))
                .getOrDefault(goal.getId(), List.of());
    }

    /**
     * A goal's children as its justification counts them: their level's name, how many have a rating (decided, else
     * proposed) and how many of those are rated best on the scale. The Evidence is given all the children as well,
     * so that those not yet rated are counted, not left out of the sentence.
     */
    record ChildRatings(String levelName, int rated, int met) {

        static ChildRatings of(List<Goal> children, Function<Goal, String> rating) {
            int rated = 0;
            int met = 0;
            for (Goal child : children) {
                String code = rating.apply(child);
                if (code != null) {
                    rated++;
                    met += ReportTexts.Standing.of(child.getLevel().getScale(), code)
                            == ReportTexts.Standing.FULLY ? 1 : 0;
                }
            }
            return new ChildRatings(children.isEmpty() ? null : children.get(0).getLevel().getName(), rated, met);
        }
    }

    // --- Compiling ----------------------------------------------------------------------------------------

    /** Everything a report reads, each kind in one query. */
    private record Plan(Map<Long, List<Indicator>> indicatorsByGoal, Map<Long, Outcome> outcomes,
            Map<String, RatingProposal> current, Map<Long, Assessment> assessed,
            Map<Long, List<GoalActivities.Activity>> activities, Map<Long, List<Goal>> children) {

        String rating(Goal goal) {
            Assessment assessment = assessed.get(goal.getId());
            if (assessment != null) {
                return assessment.getRating();
            }
            RatingProposal proposal = current.get(SubjectType.GOAL + ":" + goal.getId());
            return proposal == null ? null : proposal.getRating();
        }
    }

    private Plan plan(String municipalityCode, int planYear, Long boardId, ReportingPeriod period,
            List<Goal> planGoals) {
        List<Indicator> planIndicators = indicators.ofBoard(municipalityCode, planYear, boardId);
        Map<Long, List<Indicator>> byGoal = planIndicators.stream()
                .collect(Collectors.groupingBy(indicator -> indicator.getGoal().getId()));
        Map<Long, Outcome> outcomeByIndicator = outcomes.ofBoard(municipalityCode, planYear, boardId, period)
                .stream().collect(Collectors.toMap(o -> o.getIndicator().getId(), Function.identity()));
        // Only the board's subjects: the municipality's other boards and years are not read.
        Map<String, RatingProposal> current = new HashMap<>();
        List<Long> goalIds = planGoals.stream().map(Goal::getId).toList();
        List<Long> indicatorIds = planIndicators.stream().map(Indicator::getId).toList();
        for (RatingProposal proposal : goalIds.isEmpty() ? List.<RatingProposal>of()
                : proposals.current(municipalityCode, period, SubjectType.GOAL, goalIds)) {
            current.put(SubjectType.GOAL + ":" + proposal.getSubjectId(), proposal);
        }
        for (RatingProposal proposal : indicatorIds.isEmpty() ? List.<RatingProposal>of()
                : proposals.current(municipalityCode, period, SubjectType.INDICATOR, indicatorIds)) {
            current.put(SubjectType.INDICATOR + ":" + proposal.getSubjectId(), proposal);
        }
        Map<Long, Assessment> assessed = assessments.ofBoard(municipalityCode, planYear, boardId, period).stream()
                .collect(Collectors.toMap(a -> a.getGoal().getId(), Function.identity()));
        Map<Long, List<Goal>> children = new HashMap<>();
        for (Goal goal : planGoals) {
            if (goal.getParent() != null) {
                children.computeIfAbsent(goal.getParent().getId(), id -> new ArrayList<>()).add(goal);
            }
        }
        Map<Long, List<GoalActivities.Activity>> activities = activities(municipalityCode,
                planGoals.stream().map(Goal::getId).toList(), period.asOf(planYear));
        return new Plan(byGoal, outcomeByIndicator, current, assessed, activities, children);
    }

    private Map<Long, List<GoalActivities.Activity>> activities(String municipalityCode, Collection<Long> goalIds,
            LocalDate asOf) {
        if (goalIds.isEmpty()) {
            return Map.of();
        }
        return goalActivities.getIfAvailable(() -> (code, ids, day) -> Map.of()).activities(municipalityCode,
                goalIds, asOf);
    }

    private ReportModel.GoalSection section(Goal goal, ReportingPeriod period, int planYear, Plan plan,
            boolean forecast) {
        RatingScale scale = goal.getLevel().getScale();
        String rating = plan.rating(goal);
        Rating step = rating == null ? null : scale.rating(rating).orElse(null);
        ReportTexts.Standing standing = step == null ? ReportTexts.Standing.NONE
                : ReportTexts.Standing.of(scale, rating);
        List<Indicator> own = plan.indicatorsByGoal().getOrDefault(goal.getId(), List.of());
        List<ReportModel.IndicatorRow> rows = new ArrayList<>();
        int rated = 0;
        int met = 0;
        int missing = 0;
        for (Indicator indicator : own) {
            RatingProposal proposal = plan.current().get(SubjectType.INDICATOR + ":" + indicator.getId());
            String indicatorRating = proposal == null ? null : proposal.getRating();
            missing += proposal != null && GoalRatings.NO_OUTCOME.equals(proposal.getReason()) ? 1 : 0;
            if (indicatorRating != null) {
                rated++;
                met += ReportTexts.Standing.of(scale, indicatorRating) == ReportTexts.Standing.FULLY ? 1 : 0;
            }
            rows.add(row(indicator, plan.outcomes().get(indicator.getId()), period, planYear, forecast,
                    indicatorRating == null ? null : scale.label(indicatorRating)));
        }
        List<GoalActivities.Activity> activities = plan.activities().getOrDefault(goal.getId(), List.of());
        List<Goal> children = plan.children().getOrDefault(goal.getId(), List.of());
        ChildRatings childRatings = ChildRatings.of(children, plan::rating);
        ReportTexts.Evidence evidence = new ReportTexts.Evidence(!goal.getExpectedResults().isEmpty(), rated, met,
                activities.size(), (int) activities.stream().filter(GoalActivities.Activity::deviates).count(),
                childRatings.levelName(), childRatings.rated(), childRatings.met(), missing, children.size());
        String suggested = ReportTexts.suggestedJustification(evidence, forecast);
        Assessment assessment = plan.assessed().get(goal.getId());
        // Not yet assessed: no "Bedömningen grundas på att" after "Nämnden har ännu inte bedömt", but what the
        // evidence shows; the suggestion stays in the model for the official.
        String justification = assessment == null ? ReportTexts.evidenceSummary(evidence, forecast)
                : assessment.getJustification() != null ? assessment.getJustification() : suggested;
        String sentence = assessment == null ? ReportTexts.notYetAssessed(goal.getLevel().getName(),
                step == null ? null : step.getLabel())
                : ReportTexts.assessmentSentence(goal.getLevel().getDepth(), goal.getLevel().getName(), standing,
                        forecast);
        return new ReportModel.GoalSection(goal.getId(), goal.getNumber(), goal.getLevel().getDepth(),
                goal.getLevel().getName(), goal.getTitle(), goal.getDescription(), goal.getExpectedResults(), rating,
                step == null ? NOT_RATED : step.getLabel(), step == null ? null : step.getColour(),
                step == null ? null : step.getSymbol(), assessment != null, sentence, justification, suggested,
                List.copyOf(rows),
                activities.stream().map(activity -> new ReportModel.ActivityRow(activity.reference(),
                        activity.text(), activity.startDate(), activity.endDate(), activity.deviation())).toList(),
                children.stream().map(Goal::getNumber).toList());
    }

    private static ReportModel.IndicatorRow row(Indicator indicator, Outcome outcome, ReportingPeriod period,
            int planYear, boolean forecast, String proposedRating) {
        String unit = indicator.getUnit();
        boolean notMeasured = outcome != null && !outcome.isMeasured();
        BigDecimal value = outcome == null ? null : outcome.getValue();
        BigDecimal men = outcome == null ? null : outcome.getValueMen();
        BigDecimal women = outcome == null ? null : outcome.getValueWomen();
        BigDecimal lastYear = outcome == null ? null : outcome.getLastYearValue();
        BigDecimal forecastValue = outcome == null || !forecast ? null : outcome.getForecastValue();
        return new ReportModel.IndicatorRow(indicator.getCode(), indicator.getName(), unit,
                notMeasured ? "Ej mätt" : cell(value, unit), cell(men, unit), cell(women, unit),
                cell(lastYear, unit), cell(forecastValue, unit), target(indicator.getTarget(), unit),
                target(indicator.getCouncilTarget(), unit), periodLabel(indicator.getPeriodicity(), period,
                        planYear), value, men, women, lastYear, forecastValue,
                outcome == null ? null : outcome.getNotMeasuredReason(), outcome == null ? null
                        : outcome.getComment(), proposedRating);
    }

    /** A value cell as printed: "0,2 %"; empty (as in the seed) without a value. */
    static String cell(BigDecimal value, String unit) {
        return value == null ? "" : Numbers.format(value, unit);
    }

    /**
     * A target cell as the seed prints it: the bound alone ("0,3 %"), a band "2–4 st" or "±1 %", "Tas fram av
     * nämnd".
     */
    static String target(Target target, String unit) {
        return switch (target.getKind()) {
            case FLOOR -> Numbers.format(target.getLower(), unit);
            case CEILING -> Numbers.format(target.getUpper(), unit);
            case BAND -> Numbers.band(target.getLower(), target.getUpper(), unit);
            case BOARD_SETS -> "Tas fram av nämnd";
            case NONE -> "";
        };
    }

    /**
     * The Period column: "Tertial 1 2026" for a tertial indicator in a tertial report, "Halvår 1 2026" for a
     * half-year one (reported up to August), the year for a yearly one and in the annual report.
     */
    static String periodLabel(Periodicity periodicity, ReportingPeriod period, int planYear) {
        if (!period.isForecast() || periodicity == Periodicity.YEAR) {
            return String.valueOf(planYear);
        }
        if (periodicity == Periodicity.HALF_YEAR) {
            return "Halvår " + (period.getAsOfMonth() <= 8 ? 1 : 2) + " " + planYear;
        }
        return period.getName() + " " + planYear;
    }

    /** The indicator table's headings as the seed prints them; Prognos helår only in a tertial report. */
    static List<String> indicatorColumns(int planYear, boolean forecast) {
        List<String> columns = new ArrayList<>(List.of("Indikator", "Periodens utfall", "Utfall män/pojkar",
                "Utfall kvinnor/flickor", "Utfall VB " + (planYear - 1)));
        if (forecast) {
            columns.add("Prognos helår");
        }
        columns.addAll(List.of("Årsmål", "KF:s årsmål", "Period"));
        return List.copyOf(columns);
    }

    static List<String> activityColumns() {
        return List.of("Aktivitet", "Startdatum", "Slutdatum", "Avvikelse");
    }

    Board board(String municipalityCode, Long boardId) {
        return goals.board(municipalityCode, boardId);
    }
}
