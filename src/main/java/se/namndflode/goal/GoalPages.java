package se.namndflode.goal;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Max;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.namndflode.shared.security.CurrentUser;
import se.namndflode.shared.web.DomainException;
import se.namndflode.shared.web.FormSubmission;

/**
 * The goal pages: the goal tree of a municipality's plan year in a reporting period (goals, indicators with
 * targets and outcomes in Swedish format, proposals with their explanation, assessments), one goal with the
 * official's assessment form, an indicator owner's outcome form, and the manager's list of assessments that
 * deviate from the proposal. Refusals sit beside their field, by the same rules as the API.
 */
@Controller
@RequestMapping("/mal")
class GoalPages {

    private final Goals goals;
    private final GoalRatings ratings;
    private final Clock clock;
    private final SmartValidator validator;
    private final PeriodReports reports;

    GoalPages(Goals goals, GoalRatings ratings, Clock clock, SmartValidator validator, PeriodReports reports) {
        this.validator = validator;
        this.reports = reports;
        this.goals = goals;
        this.ratings = ratings;
        this.clock = clock;
    }

    /** A rating as shown: its label, symbol and the CSS class of its place on the scale (none: null). */
    record Shown(String label, String symbol, String css) {
        static Shown of(RatingScale scale, String code) {
            if (code == null) {
                return null;
            }
            List<Rating> steps = scale.getRatings();
            for (int i = 0; i < steps.size(); i++) {
                if (steps.get(i).getCode().equals(code)) {
                    return new Shown(steps.get(i).getLabel(), steps.get(i).getSymbol(),
                            i == 0 ? "rating-top" : i == steps.size() - 1 ? "rating-bottom" : "rating-middle");
                }
            }
            return new Shown(code, "", "rating-middle");
        }
    }

    record IndicatorRow(Indicator indicator, String target, String councilTarget, String outcome, String men,
            String women, String lastYear, String forecast, String notMeasured, String comment, boolean reported,
            Shown proposal, String explanation) {
    }

    record GoalRow(Goal goal, int depth, Shown proposal, String explanation, RatingProposal source,
            Assessment assessment, Shown assessed, List<IndicatorRow> indicators) {
    }

    record DeviationRow(Assessment assessment, Shown proposed, Shown assessed) {
    }

    @ModelAttribute("periodicityKeys")
    Map<Periodicity, String> periodicityKeys() {
        Map<Periodicity, String> keys = new LinkedHashMap<>();
        for (Periodicity periodicity : Periodicity.values()) {
            keys.put(periodicity, "goal.periodicity." + periodicity.name());
        }
        return keys;
    }

    @GetMapping
    @PreAuthorize(GoalRoles.READ)
    String tree(@RequestParam(name = "kommun", required = false) String municipality,
            @RequestParam(name = "ar", required = false) @Min(GoalModelImport.YEAR_MIN) @Max(GoalModelImport.YEAR_MAX) Integer year,
            @RequestParam(name = "period", required = false) String periodCode, Model model) {
        String code = municipality == null ? CurrentUser.municipalityCodes().stream().sorted().findFirst()
                .orElseThrow(() -> DomainException.notFound("notFound.municipality")) : municipality;
        int planYear = year == null ? LocalDate.now(clock).getYear() : year;
        List<ReportingPeriod> periods = goals.periods(code);
        ReportingPeriod period = periodCode == null ? periods.stream().findFirst().orElse(null)
                : goals.period(code, periodCode);
        List<GoalRow> rows = new ArrayList<>();
        if (period != null) {
            for (Goal goal : goals.goals(planYear)) {
                if (goal.getMunicipalityCode().equals(code)) {
                    rows.add(row(goal, period));
                }
            }
        }
        model.addAttribute("municipalities", CurrentUser.municipalityCodes().stream().sorted().toList());
        model.addAttribute("municipality", code);
        model.addAttribute("year", planYear);
        model.addAttribute("periods", periods);
        model.addAttribute("period", period);
        model.addAttribute("rows", rows);
        return "goal/tree";
    }

    @PostMapping("/forslag")
    @PreAuthorize(GoalRoles.WORK)
    String propose(@RequestParam("kommun") String municipality, @RequestParam("ar") int year,
            @RequestParam("period") String periodCode, RedirectAttributes redirect) {
        Goals.checkAccess(municipality);
        ratings.propose(municipality, year, periodCode);
        redirect.addFlashAttribute("notice", "goal.page.proposed");
        return "redirect:/mal?kommun=" + municipality + "&ar=" + year + "&period=" + periodCode;
    }

    @GetMapping("/{id}")
    @PreAuthorize(GoalRoles.READ)
    String goal(@PathVariable Long id, @RequestParam(name = "period", required = false) String periodCode,
            Model model) {
        Goal goal = goals.goal(id);
        ReportingPeriod period = periodOf(goal, periodCode);
        GoalRow row = row(goal, period);
        AssessmentForm form = new AssessmentForm();
        form.setGoalId(id);
        form.setPeriodCode(period.getCode());
        form.setRating(row.source() == null ? null : row.source().getRating());
        // Not yet assessed: the suggested justification, naming the evidence the goal has, for the official to edit.
        form.setJustification(reports.suggestedJustification(goal, period));
        if (row.assessment() != null) {
            form.setRating(row.assessment().getRating());
            form.setJustification(row.assessment().getJustification());
            form.setVersion(row.assessment().getVersion());
        }
        return goalPage(row, period, form, model);
    }

    @PostMapping("/{id}/bedomning")
    @PreAuthorize(GoalRoles.WORK)
    String assess(@PathVariable Long id, @ModelAttribute("form") AssessmentForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        Goal goal = goals.goal(id);
        ReportingPeriod period = periodOf(goal, form.getPeriodCode());
        // The ids come from the path, so the form is validated once they are set.
        form.setGoalId(id);
        form.setPeriodCode(period.getCode());
        validator.validate(form, result);
        return FormSubmission.submit(result, "goal/goal", () -> goals.assess(form), saved -> {
            redirect.addFlashAttribute("notice", "goal.page.assessed");
            return "redirect:/mal/" + id + "?period=" + period.getCode();
        }).transform(view -> view.startsWith("redirect:") ? view
                : goalPage(row(goal, period), period, form, model));
    }

    @GetMapping("/indikatorer/{id}/utfall/{period}")
    @PreAuthorize(GoalRoles.WORK)
    String outcomeForm(@PathVariable Long id, @PathVariable("period") String periodCode, Model model) {
        Indicator indicator = goals.indicator(id);
        ReportingPeriod period = goals.period(indicator.getMunicipalityCode(), periodCode);
        OutcomeForm form = goals.outcome(indicator, period).map(OutcomeForm::of).orElseGet(OutcomeForm::new);
        form.setIndicatorId(id);
        form.setPeriodCode(period.getCode());
        return outcomePage(indicator, period, form, model);
    }

    @PostMapping("/indikatorer/{id}/utfall/{period}")
    @PreAuthorize(GoalRoles.WORK)
    String recordOutcome(@PathVariable Long id, @PathVariable("period") String periodCode,
            @ModelAttribute("form") OutcomeForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Indicator indicator = goals.indicator(id);
        ReportingPeriod period = goals.period(indicator.getMunicipalityCode(), periodCode);
        form.setIndicatorId(id);
        form.setPeriodCode(period.getCode());
        validator.validate(form, result);
        return FormSubmission.submit(result, "goal/outcome", () -> goals.recordOutcome(form), saved -> {
            redirect.addFlashAttribute("notice", "goal.outcome.saved");
            return "redirect:/mal/" + indicator.getGoal().getId() + "?period=" + period.getCode();
        }).transform(view -> view.startsWith("redirect:") ? view : outcomePage(indicator, period, form, model));
    }

    @GetMapping("/avvikelser")
    @PreAuthorize(GoalRoles.READ)
    String deviations(Model model) {
        model.addAttribute("rows", goals.deviations().stream().map(assessment -> {
            RatingScale scale = assessment.getGoal().getLevel().getScale();
            return new DeviationRow(assessment, Shown.of(scale, assessment.getProposedRating()),
                    Shown.of(scale, assessment.getRating()));
        }).toList());
        return "goal/deviations";
    }

    private String goalPage(GoalRow row, ReportingPeriod period, AssessmentForm form, Model model) {
        Goal goal = row.goal();
        model.addAttribute("row", row);
        model.addAttribute("period", period);
        model.addAttribute("periods", goals.periods(goal.getMunicipalityCode()));
        model.addAttribute("children", goals.children(goal).stream().map(child -> row(child, period)).toList());
        model.addAttribute("assignments", reports.activities(goal, period));
        model.addAttribute("form", form);
        Map<String, String> choices = new LinkedHashMap<>();
        goal.getLevel().getScale().getRatings().forEach(rating -> choices.put(rating.getCode(), rating.getLabel()));
        model.addAttribute("ratingChoices", choices);
        model.addAttribute("locked", goals.locked(goal, period));
        return "goal/goal";
    }

    private String outcomePage(Indicator indicator, ReportingPeriod period, OutcomeForm form, Model model) {
        model.addAttribute("indicator", indicator);
        model.addAttribute("target", indicator.getTarget().describe(indicator.getUnit()));
        model.addAttribute("period", period);
        model.addAttribute("form", form);
        return "goal/outcome";
    }

    private ReportingPeriod periodOf(Goal goal, String periodCode) {
        if (periodCode != null && !periodCode.isBlank()) {
            return goals.period(goal.getMunicipalityCode(), periodCode);
        }
        return goals.periods(goal.getMunicipalityCode()).stream().findFirst()
                .orElseThrow(() -> DomainException.notFound("notFound.period"));
    }

    private GoalRow row(Goal goal, ReportingPeriod period) {
        RatingScale scale = goal.getLevel().getScale();
        Optional<RatingProposal> proposal = goals.proposal(SubjectType.GOAL, goal.getId(), period);
        Optional<Assessment> assessment = goals.assessment(goal, period);
        List<IndicatorRow> indicators = new ArrayList<>();
        for (Indicator indicator : goals.indicators(goal)) {
            String unit = indicator.getUnit();
            Optional<Outcome> outcome = goals.outcome(indicator, period);
            Optional<RatingProposal> rated = goals.proposal(SubjectType.INDICATOR, indicator.getId(), period);
            indicators.add(new IndicatorRow(indicator, indicator.getTarget().describe(unit),
                    indicator.getCouncilTarget().describe(unit),
                    outcome.map(o -> Numbers.format(o.getValue(), unit)).orElse("–"),
                    outcome.map(o -> Numbers.format(o.getValueMen(), unit)).orElse("–"),
                    outcome.map(o -> Numbers.format(o.getValueWomen(), unit)).orElse("–"),
                    outcome.map(o -> Numbers.format(o.getLastYearValue(), unit)).orElse("–"),
                    outcome.map(o -> Numbers.format(o.getForecastValue(), unit)).orElse("–"),
                    outcome.map(Outcome::getNotMeasuredReason).orElse(null),
                    outcome.map(Outcome::getComment).orElse(null),
                    period.reports(indicator.getPeriodicity()),
                    rated.map(p -> Shown.of(scale, p.getRating())).orElse(null),
                    rated.map(RatingProposal::getExplanation).orElse(null)));
        }
        return new GoalRow(goal, goal.getLevel().getDepth(), proposal.map(p -> Shown.of(scale, p.getRating()))
                .orElse(null), proposal.map(RatingProposal::getExplanation).orElse(null), proposal.orElse(null),
                assessment.orElse(null), assessment.map(a -> Shown.of(scale, a.getRating())).orElse(null),
                indicators);
    }
}
