package se.namndflode.goal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import se.namndflode.organisation.Organisation;
import se.namndflode.shared.audit.AuditLog;
import se.namndflode.shared.web.DomainException;

/**
 * Sets up or updates a municipality's goal model and plans from an import file ({@link GoalImportFile},
 * documented in docs/goal-import.md), with no code change. All or nothing: the whole file is applied in one
 * transaction and any refusal (a goal under a missing parent, a band whose lower bound exceeds its upper, an
 * outcome for a period the indicator does not have, ...) undoes all of it. A dry run applies the file the same
 * way and rolls back, so it reports exactly what the real import would do.
 */
@Service
public class GoalModelImport {

    /** The years a goal plan may be for (an import's plan, a page's {@code ?ar=}): inclusive. */
    static final int YEAR_MIN = 2000;
    static final int YEAR_MAX = 2100;


    static final String IMPORTED = "IMPORTED";

    /** What an import did (or, in a dry run, would do): counts per kind of record, and proposals made. */
    public record Result(boolean dryRun, String municipality, Map<String, Integer> created,
            Map<String, Integer> updated, int proposals) {
    }

    private final Organisation organisation;
    private final RatingScaleRepository scales;
    private final GoalLevelRepository levels;
    private final ReportingPeriodRepository periods;
    private final DecisionExampleRepository examples;
    private final GoalRepository goals;
    private final IndicatorRepository indicators;
    private final Goals service;
    private final GoalRatings ratings;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final TransactionTemplate transaction;

    GoalModelImport(Organisation organisation, RatingScaleRepository scales, GoalLevelRepository levels,
            ReportingPeriodRepository periods, DecisionExampleRepository examples, GoalRepository goals,
            IndicatorRepository indicators, Goals service, GoalRatings ratings, AuditLog audit, ObjectMapper json,
            TransactionTemplate transaction) {
        this.organisation = organisation;
        this.scales = scales;
        this.levels = levels;
        this.periods = periods;
        this.examples = examples;
        this.goals = goals;
        this.indicators = indicators;
        this.service = service;
        this.ratings = ratings;
        this.audit = audit;
        this.json = json;
        this.transaction = transaction;
    }

    /** Reads an import file's JSON; unreadable JSON is refused ({@code goal.import.unreadable}), the literal null too. */
    public GoalImportFile read(String text) {
        try {
            GoalImportFile file = json.readValue(text, GoalImportFile.class);
            if (file == null) { // the JSON literal null: valid JSON, but no import file
                throw DomainException.invalid("file", "goal.import.required", "municipality");
            }
            return file;
        } catch (JsonProcessingException unreadable) {
            throw DomainException.invalid("file", "goal.import.unreadable",
                    unreadable.getOriginalMessage().lines().findFirst().orElse(""));
        }
    }

    /**
     * Applies the file, or with {@code dryRun} checks it and reports what would change.
     *
     * @throws DomainException 404 for a municipality the user does not belong to or that does not exist; 422
     *         naming the record ({@code field} like {@code plans[0].goals[3]}) and the broken rule
     */
    public Result importFile(GoalImportFile file, boolean dryRun) {
        String code = file.municipality() == null ? "" : file.municipality().trim();
        if (organisation.municipalityByCode(code).filter(found -> Goals.mayAccess(found.getCode())).isEmpty()) {
            throw DomainException.notFound("notFound.municipality");
        }
        return transaction.execute(status -> {
            Result result = apply(code, file, dryRun);
            if (dryRun) {
                status.setRollbackOnly();
            }
            return result;
        });
    }

    private Result apply(String code, GoalImportFile file, boolean dryRun) {
        Map<String, Integer> created = new LinkedHashMap<>();
        Map<String, Integer> updated = new LinkedHashMap<>();
        for (GoalImportFile.Scale entry : list(file.ratingScales())) {
            String at = "ratingScales[" + entry.code() + "]";
            require(entry.code(), at + ".code");
            require(entry.name(), at + ".name");
            if (list(entry.ratings()).isEmpty()) {
                throw DomainException.invalid(at, "goal.import.emptyScale", entry.code());
            }
            Set<String> codes = new HashSet<>();
            List<Rating> steps = new ArrayList<>();
            for (GoalImportFile.Step step : entry.ratings()) {
                require(step.code(), at + ".ratings.code");
                require(step.label(), at + ".ratings.label");
                if (!codes.add(step.code())) {
                    throw DomainException.invalid(at, "goal.import.duplicate", step.code());
                }
                steps.add(new Rating(step.code(), step.label(), step.colour(), step.symbol()));
            }
            Optional<RatingScale> existing = scales.findByMunicipalityCodeAndCode(code, entry.code());
            RatingScale scale = existing.orElseGet(() -> new RatingScale(code, entry.code()));
            scale.change(entry.name(), steps);
            scales.save(scale);
            count(existing.isPresent() ? updated : created, "ratingScales");
        }
        int depth = 0;
        for (GoalImportFile.Level entry : list(file.levels())) {
            depth++;
            String at = "levels[" + (depth - 1) + "]";
            require(entry.code(), at + ".code");
            require(entry.name(), at + ".name");
            require(entry.decidedBy(), at + ".decidedBy");
            RatingScale scale = scales.findByMunicipalityCodeAndCode(code, String.valueOf(entry.ratingScale()))
                    .orElseThrow(() -> DomainException.invalid(at + ".ratingScale", "goal.import.unknown",
                            "betygsskala", entry.ratingScale()));
            Optional<GoalLevel> existing = levels.findByMunicipalityCodeAndCode(code, entry.code());
            GoalLevel level = existing.orElseGet(() -> new GoalLevel(code, entry.code()));
            level.change(entry.name(), depth, entry.decidedBy(), scale);
            levels.save(level);
            count(existing.isPresent() ? updated : created, "levels");
        }
        for (GoalImportFile.Period entry : list(file.reportingPeriods())) {
            String at = "reportingPeriods[" + entry.code() + "]";
            require(entry.code(), at + ".code");
            require(entry.name(), at + ".name");
            int[] monthDay = monthDay(entry.asOf(), at + ".asOf");
            if (list(entry.periodicities()).isEmpty()) {
                throw DomainException.invalid(at + ".periodicities", "goal.import.required", at + ".periodicities");
            }
            Optional<ReportingPeriod> existing = periods.findByMunicipalityCodeAndCode(code, entry.code());
            ReportingPeriod period = existing.orElseGet(() -> new ReportingPeriod(code, entry.code()));
            period.change(entry.name(), monthDay[0], monthDay[1], Boolean.TRUE.equals(entry.forecast()),
                    EnumSet.copyOf(entry.periodicities()));
            periods.save(period);
            count(existing.isPresent() ? updated : created, "reportingPeriods");
        }
        if (file.decisionExamples() != null) {
            // The examples are replaced as a whole: they are the municipality's current statement of its rules.
            examples.deleteByMunicipalityCode(code);
            for (GoalImportFile.Example entry : file.decisionExamples()) {
                String at = "decisionExamples[" + entry.name() + "]";
                require(entry.name(), at + ".name");
                if (!RatingDecisions.keys().contains(String.valueOf(entry.decision()))) {
                    throw DomainException.invalid(at + ".decision", "goal.import.unknown", "beslut",
                            entry.decision());
                }
                if (entry.inputs() == null || !entry.inputs().isObject()) {
                    throw DomainException.invalid(at + ".inputs", "goal.import.required", at + ".inputs");
                }
                examples.save(new DecisionExample(code, entry.decision(), entry.name(), entry.inputs().toString(),
                        entry.rating()));
                count(created, "decisionExamples");
            }
        }
        int proposals = 0;
        for (GoalImportFile.Plan plan : list(file.plans())) {
            proposals += applyPlan(code, plan, created, updated);
        }
        audit.record(IMPORTED, "GoalModel", code, code, "Målmodell importerad" + (dryRun ? " (provkörning)" : ""),
                "skapade: " + created + "; ändrade: " + updated);
        return new Result(dryRun, code, created, updated, proposals);
    }

    private int applyPlan(String code, GoalImportFile.Plan plan, Map<String, Integer> created,
            Map<String, Integer> updated) {
        if (plan.year() == null || plan.year() < YEAR_MIN || plan.year() > YEAR_MAX) {
            throw DomainException.invalid("plans.year", "goal.import.year", plan.year());
        }
        int year = plan.year();
        String base = "plans[" + year + "]";
        Map<String, GoalImportFile.GoalEntry> inFile = new HashMap<>();
        for (GoalImportFile.GoalEntry entry : list(plan.goals())) {
            require(entry.number(), base + ".goals.number");
            if (inFile.put(entry.number(), entry) != null) {
                throw DomainException.invalid(base + ".goals[" + entry.number() + "]", "goal.import.duplicate",
                        entry.number());
            }
        }
        Long boardId = boardOf(code, plan.board(), base + ".board");
        // Parents before children: a parent is either in the file or already imported for the year.
        List<GoalImportFile.GoalEntry> ordered = new ArrayList<>(list(plan.goals()));
        ordered.sort(Comparator.comparingInt(entry -> entry.number().split("\\.").length));
        for (GoalImportFile.GoalEntry entry : ordered) {
            String at = base + ".goals[" + entry.number() + "]";
            require(entry.title(), at + ".title");
            GoalLevel level = levels.findByMunicipalityCodeAndCode(code, String.valueOf(entry.level()))
                    .orElseThrow(() -> DomainException.invalid(at + ".level", "goal.import.unknown", "målnivå",
                            entry.level()));
            Goal parent = null;
            if (entry.parent() != null && !entry.parent().isBlank()) {
                parent = goals.findByMunicipalityCodeAndPlanYearAndNumber(code, year, entry.parent())
                        .orElseThrow(() -> DomainException.invalid(at + ".parent", "goal.import.missingParent",
                                entry.number(), entry.parent()));
                if (parent.getLevel().getDepth() != level.getDepth() - 1) {
                    throw DomainException.invalid(at + ".level", "goal.import.levelMismatch", entry.number(),
                            level.getName(), parent.getLevel().getName());
                }
            } else if (level.getDepth() != 1) {
                throw DomainException.invalid(at + ".parent", "goal.import.missingParent", entry.number(), "–");
            }
            Optional<Goal> existing = goals.findByMunicipalityCodeAndPlanYearAndNumber(code, year, entry.number());
            Goal goal = existing.orElseGet(() -> new Goal(code, year, entry.number()));
            goal.change(level, parent, entry.title(), entry.description(), list(entry.expectedResults()));
            if (boardId != null) {
                goal.belongTo(boardId);
            }
            goals.saveAndFlush(goal);
            count(existing.isPresent() ? updated : created, "goals");
        }
        for (GoalImportFile.IndicatorEntry entry : list(plan.indicators())) {
            String at = base + ".indicators[" + entry.code() + "]";
            require(entry.code(), at + ".code");
            require(entry.name(), at + ".name");
            if (entry.periodicity() == null) {
                throw DomainException.invalid(at + ".periodicity", "goal.import.required", at + ".periodicity");
            }
            Goal goal = goals.findByMunicipalityCodeAndPlanYearAndNumber(code, year, String.valueOf(entry.goal()))
                    .orElseThrow(() -> DomainException.invalid(at + ".goal", "goal.import.unknown", "mål",
                            entry.goal()));
            Optional<Indicator> existing = indicators.findByMunicipalityCodeAndPlanYearAndCode(code, year,
                    entry.code());
            Indicator indicator = existing.orElseGet(() -> new Indicator(code, year, entry.code()));
            try {
                indicator.change(goal, entry.name(), entry.unit(), entry.periodicity(), target(entry.target()),
                        target(entry.councilTarget()));
                indicator.ownedBy(entry.owner());
            } catch (DomainException refused) {
                throw new DomainException(refused.status(), refused.code(), at + "." + refused.field(),
                        refused.messageKey(), refused.arguments());
            }
            indicators.saveAndFlush(indicator);
            count(existing.isPresent() ? updated : created, "indicators");
        }
        Set<ReportingPeriod> touched = new java.util.LinkedHashSet<>();
        for (GoalImportFile.OutcomeEntry entry : list(plan.outcomes())) {
            String at = base + ".outcomes[" + entry.indicator() + "/" + entry.period() + "]";
            Indicator indicator = indicators.findByMunicipalityCodeAndPlanYearAndCode(code, year,
                    String.valueOf(entry.indicator())).orElseThrow(() -> DomainException.invalid(at + ".indicator",
                            "goal.import.unknown", "indikator", entry.indicator()));
            OutcomeForm form = new OutcomeForm();
            form.setIndicatorId(indicator.getId());
            form.setPeriodCode(entry.period());
            service.outcome(indicator, periodOf(code, entry.period(), at + ".period"))
                    .ifPresent(existing -> form.setVersion(existing.getVersion()));
            form.setValue(entry.value());
            form.setValueMen(entry.valueMen());
            form.setValueWomen(entry.valueWomen());
            form.setLastYearValue(entry.lastYear());
            form.setForecastValue(entry.forecast());
            form.setComment(entry.comment());
            form.setNotMeasured(entry.notMeasured() != null);
            form.setNotMeasuredReason(entry.notMeasured());
            try {
                touched.add(service.recordOutcomeOnly(form).getPeriod());
            } catch (DomainException refused) {
                throw new DomainException(refused.status(), refused.code(), at + "." + refused.field(),
                        refused.messageKey(), refused.arguments());
            }
            count(created, "outcomes");
        }
        int proposals = 0;
        for (GoalImportFile.AssessmentEntry entry : list(plan.assessments())) {
            touched.add(periodOf(code, entry.period(), base + ".assessments[" + entry.goal() + "].period"));
        }
        for (ReportingPeriod period : touched) {
            proposals += ratings.proposeIfDeployed(code, year, period).stored();
        }
        for (GoalImportFile.AssessmentEntry entry : list(plan.assessments())) {
            String at = base + ".assessments[" + entry.goal() + "/" + entry.period() + "]";
            Goal goal = goals.findByMunicipalityCodeAndPlanYearAndNumber(code, year, String.valueOf(entry.goal()))
                    .orElseThrow(() -> DomainException.invalid(at + ".goal", "goal.import.unknown", "mål",
                            entry.goal()));
            ReportingPeriod period = periodOf(code, entry.period(), at + ".period");
            long version = service.assessment(goal, period).map(Assessment::getVersion).orElse(0L);
            try {
                service.assess(goal, period, entry.rating(), entry.justification(), version);
            } catch (DomainException refused) {
                throw new DomainException(refused.status(), refused.code(), at + "." + refused.field(),
                        refused.messageKey(), refused.arguments());
            }
            count(created, "assessments");
        }
        return proposals;
    }

    /** The board of the municipality by name; null when the plan names none (its goals keep their board). */
    private Long boardOf(String code, String boardName, String field) {
        if (boardName == null || boardName.isBlank()) {
            return null;
        }
        return organisation.boards(code).stream().filter(board -> board.getName().equals(boardName.trim()))
                .findFirst().map(board -> board.getId())
                .orElseThrow(() -> DomainException.invalid(field, "goal.import.unknown", "nämnd", boardName));
    }

    private ReportingPeriod periodOf(String code, String periodCode, String field) {
        return periods.findByMunicipalityCodeAndCode(code, String.valueOf(periodCode)).orElseThrow(
                () -> DomainException.invalid(field, "goal.import.unknown", "rapportperiod", periodCode));
    }

    private static Target target(GoalImportFile.TargetEntry entry) {
        return entry == null ? Target.none()
                : new Target(entry.kind(), entry.lower(), entry.upper(), entry.tolerance());
    }

    private static int[] monthDay(String text, String field) {
        try {
            java.time.MonthDay day = java.time.MonthDay.parse("--" + text);
            return new int[] {day.getMonthValue(), day.getDayOfMonth()};
        } catch (RuntimeException e) {
            throw DomainException.invalid(field, "goal.import.asOf", text);
        }
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid(field, "goal.import.required", field);
        }
    }

    private static void count(Map<String, Integer> counts, String kind) {
        counts.merge(kind, 1, Integer::sum);
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items;
    }
}
