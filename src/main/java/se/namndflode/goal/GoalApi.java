package se.namndflode.goal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Validator;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import se.namndflode.shared.web.DomainException;

/**
 * The goal model, goals, indicators, outcomes, proposals and assessments as JSON. Refusals are RFC 9457
 * problems with a Swedish detail, by the same rules as the pages.
 */
@RestController
@RequestMapping("/api/v1/goals")
@Tag(name = "Mål", description = "Målmodell, mål, indikatorer, utfall, förslag och bedömningar")
class GoalApi {

    private final Goals goals;
    private final GoalRatings ratings;
    private final GoalModelImport imports;
    private final RatingDecisions decisions;
    private final Validator validator;

    GoalApi(Goals goals, GoalRatings ratings, GoalModelImport imports, RatingDecisions decisions,
            Validator validator) {
        this.validator = validator;
        this.goals = goals;
        this.ratings = ratings;
        this.imports = imports;
        this.decisions = decisions;
    }

    record RatingView(String code, String label, String colour, String symbol) {
    }

    record LevelView(String code, String name, int depth, String decidedBy, String scale, List<RatingView> ratings) {
    }

    record PeriodView(String code, String name, int asOfMonth, int asOfDay, boolean forecast,
            List<Periodicity> periodicities) {
    }

    record ModelView(String municipality, List<LevelView> levels, List<PeriodView> periods,
            List<RatingDecisions.Definition> decisions) {
    }

    record TargetView(TargetKind kind, BigDecimal lower, BigDecimal upper, BigDecimal tolerance, String text) {
        static TargetView of(Target target, String unit) {
            return new TargetView(target.getKind(), target.getLower(), target.getUpper(), target.getTolerance(),
                    target.describe(unit));
        }
    }

    record IndicatorView(Long id, String code, String name, String unit, Periodicity periodicity, boolean keyFigure,
            TargetView target, TargetView councilTarget) {
        static IndicatorView of(Indicator indicator) {
            return new IndicatorView(indicator.getId(), indicator.getCode(), indicator.getName(), indicator.getUnit(),
                    indicator.getPeriodicity(), indicator.isKeyFigure(),
                    TargetView.of(indicator.getTarget(), indicator.getUnit()),
                    TargetView.of(indicator.getCouncilTarget(), indicator.getUnit()));
        }
    }

    record GoalView(Long id, String municipality, int year, String number, String level, String parent,
            String title, String description, List<String> expectedResults, List<IndicatorView> indicators) {
    }

    record ProposalView(Long id, String subjectType, long subjectId, String period, String rating, String label,
            String reason, String decisionKey, int decisionVersion, String decisionDefinitionId,
            List<String> matchedRules, String explanation) {
        static ProposalView of(RatingProposal proposal, RatingScale scale) {
            return new ProposalView(proposal.getId(), proposal.getSubjectType().name(), proposal.getSubjectId(),
                    proposal.getPeriod().getCode(), proposal.getRating(), scale.label(proposal.getRating()),
                    proposal.getReason(), proposal.getDecisionKey(), proposal.getDecisionVersion(),
                    proposal.getDecisionDefinitionId(), List.of(proposal.getMatchedRules().split(",")),
                    proposal.getExplanation());
        }
    }

    record AssessmentView(Long id, Long goalId, String period, String rating, String label, String justification,
            String proposedRating, boolean deviates, String assessedBy, long version) {
        static AssessmentView of(Assessment assessment) {
            RatingScale scale = assessment.getGoal().getLevel().getScale();
            return new AssessmentView(assessment.getId(), assessment.getGoal().getId(),
                    assessment.getPeriod().getCode(), assessment.getRating(), scale.label(assessment.getRating()),
                    assessment.getJustification(), assessment.getProposedRating(), assessment.isDeviates(),
                    assessment.getAssessedBy(), assessment.getVersion());
        }
    }

    record OutcomeView(Long id, Long indicatorId, String period, BigDecimal value, BigDecimal valueMen,
            BigDecimal valueWomen, BigDecimal lastYearValue, BigDecimal forecastValue, String comment,
            String notMeasuredReason, String shown, long version) {
        static OutcomeView of(Outcome outcome) {
            return new OutcomeView(outcome.getId(), outcome.getIndicator().getId(), outcome.getPeriod().getCode(),
                    outcome.getValue(), outcome.getValueMen(), outcome.getValueWomen(), outcome.getLastYearValue(),
                    outcome.getForecastValue(), outcome.getComment(), outcome.getNotMeasuredReason(),
                    Numbers.format(outcome.getValue(), outcome.getIndicator().getUnit()), outcome.getVersion());
        }
    }

    @GetMapping("/model/{municipality}")
    @PreAuthorize(GoalRoles.READ)
    @Operation(summary = "Kommunens målmodell: nivåer, betygsskalor, rapportperioder, beslutstabellernas versioner")
    ModelView model(@PathVariable String municipality) {
        return new ModelView(municipality, goals.levels(municipality).stream().map(level -> new LevelView(
                level.getCode(), level.getName(), level.getDepth(), level.getDecidedBy(), level.getScale().getCode(),
                level.getScale().getRatings().stream().map(rating -> new RatingView(rating.getCode(),
                        rating.getLabel(), rating.getColour(), rating.getSymbol())).toList())).toList(),
                goals.periods(municipality).stream().map(period -> new PeriodView(period.getCode(), period.getName(),
                        period.getAsOfMonth(), period.getAsOfDay(), period.isForecast(),
                        List.copyOf(period.getPeriodicities()))).toList(),
                decisions.versions(municipality));
    }

    @PostMapping("/import")
    @PreAuthorize(GoalRoles.ADMIN)
    @Operation(summary = "Importera målmodell och planer (docs/goal-import.md); dryRun=true sparar inget")
    GoalModelImport.Result importModel(@RequestBody String file,
            @RequestParam(defaultValue = "false") boolean dryRun) {
        return imports.importFile(imports.read(file), dryRun);
    }

    @PostMapping("/decisions/{municipality}")
    @PreAuthorize(GoalRoles.ADMIN)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Driftsätt en ny version av kommunens beslutstabeller efter kontroll mot exemplen")
    RatingDecisions.Deployed deploy(@PathVariable String municipality, @RequestParam("file") MultipartFile file)
            throws IOException {
        return decisions.deploy(municipality, file.getOriginalFilename(), file.getBytes());
    }

    @GetMapping
    @PreAuthorize(GoalRoles.READ)
    @Operation(summary = "Målen för ett planår i användarens kommuner")
    List<GoalView> goals(@RequestParam int year) {
        return goals.goals(year).stream().map(this::view).toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize(GoalRoles.READ)
    @Operation(summary = "Ett mål med förväntade resultat och indikatorer")
    GoalView goal(@PathVariable Long id) {
        return view(goals.goal(id));
    }

    @GetMapping("/indicators/{id}/outcomes")
    @PreAuthorize(GoalRoles.READ)
    @Operation(summary = "En indikators utfall per period")
    List<OutcomeView> outcomes(@PathVariable Long id) {
        return goals.outcomes(goals.indicator(id)).stream().map(OutcomeView::of).toList();
    }

    @PutMapping("/indicators/{id}/outcomes/{period}")
    @PreAuthorize(GoalRoles.WORK)
    @Operation(summary = "Ange en indikators utfall för en period (värden i indikatorns enhet)")
    OutcomeView recordOutcome(@PathVariable Long id, @PathVariable String period,
            @RequestBody OutcomeForm form) {
        form.setIndicatorId(id);
        form.setPeriodCode(period);
        validate(form);
        return OutcomeView.of(goals.recordOutcome(form));
    }

    @PostMapping("/proposals")
    @PreAuthorize(GoalRoles.WORK)
    @Operation(summary = "Ta fram förslag för alla mål och indikatorer i en period")
    GoalRatings.Run propose(@RequestParam String municipality, @RequestParam int year,
            @RequestParam String period) {
        Goals.checkAccess(municipality);
        return ratings.propose(municipality, year, period);
    }

    @GetMapping("/{id}/proposals/{period}")
    @PreAuthorize(GoalRoles.READ)
    @Operation(summary = "Det aktuella förslaget för ett mål i en period (404 om inget finns)")
    ProposalView goalProposal(@PathVariable Long id, @PathVariable String period) {
        Goal goal = goals.goal(id);
        ReportingPeriod reportingPeriod = goals.period(goal.getMunicipalityCode(), period);
        return goals.proposal(SubjectType.GOAL, id, reportingPeriod)
                .map(proposal -> ProposalView.of(proposal, goal.getLevel().getScale()))
                .orElseThrow(() -> DomainException.notFound("notFound.proposal"));
    }

    @GetMapping("/indicators/{id}/proposals/{period}")
    @PreAuthorize(GoalRoles.READ)
    @Operation(summary = "Det aktuella förslaget för en indikator i en period (404 om inget finns)")
    ProposalView indicatorProposal(@PathVariable Long id, @PathVariable String period) {
        Indicator indicator = goals.indicator(id);
        ReportingPeriod reportingPeriod = goals.period(indicator.getMunicipalityCode(), period);
        return goals.proposal(SubjectType.INDICATOR, id, reportingPeriod)
                .map(proposal -> ProposalView.of(proposal, indicator.getGoal().getLevel().getScale()))
                .orElseThrow(() -> DomainException.notFound("notFound.proposal"));
    }

    @PutMapping("/{id}/assessments/{period}")
    @PreAuthorize(GoalRoles.WORK)
    @Operation(summary = "Sätt målets bedömning för en period; avvikelse från förslaget kräver motivering")
    AssessmentView assess(@PathVariable Long id, @PathVariable String period, @RequestBody AssessmentForm form) {
        form.setGoalId(id);
        form.setPeriodCode(period);
        validate(form);
        return AssessmentView.of(goals.assess(form));
    }

    @GetMapping("/assessments/deviating")
    @PreAuthorize(GoalRoles.READ)
    @Operation(summary = "Bedömningar som avviker från förslaget (för chefen)")
    List<AssessmentView> deviating() {
        return goals.deviations().stream().map(AssessmentView::of).toList();
    }

    /** Bean Validation after the path has filled in the ids; the first broken constraint becomes a 422. */
    private void validate(Object form) {
        validator.validate(form).stream().findFirst().ifPresent(violation -> {
            throw DomainException.invalid(violation.getPropertyPath().toString(),
                    violation.getMessageTemplate().replaceAll("[{}]", ""));
        });
    }

    private GoalView view(Goal goal) {
        return new GoalView(goal.getId(), goal.getMunicipalityCode(), goal.getPlanYear(), goal.getNumber(),
                goal.getLevel().getCode(), goal.getParent() == null ? null : goal.getParent().getNumber(),
                goal.getTitle(), goal.getDescription(), goal.getExpectedResults(),
                goals.indicators(goal).stream().map(IndicatorView::of).toList());
    }
}
