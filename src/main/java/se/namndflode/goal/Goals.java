package se.namndflode.goal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.namndflode.shared.audit.AuditLog;
import se.namndflode.shared.audit.Changes;
import se.namndflode.shared.security.CurrentUser;
import se.namndflode.shared.web.DomainException;

/**
 * Goals, indicators, outcomes and assessments of the signed-in user's municipalities: reads, entering outcomes
 * and the official's assessments. Every change is checked, audited and done in one transaction (a refusal saves
 * nothing); a period whose follow-up report the board has approved is locked. A record of another municipality
 * is "not found".
 */
@Service
@Transactional
public class Goals {

    static final String OUTCOME_RECORDED = "OUTCOME_RECORDED";
    static final String ASSESSED = "ASSESSED";
    static final String REPORT_LINKED = "REPORT_LINKED";
    static final String REPORT_APPROVED = "REPORT_APPROVED";

    private final GoalRepository goals;
    private final IndicatorRepository indicators;
    private final OutcomeRepository outcomes;
    private final AssessmentRepository assessments;
    private final RatingProposalRepository proposals;
    private final ReportingPeriodRepository periods;
    private final GoalLevelRepository levels;
    private final RatingScaleRepository scales;
    private final FollowUpReportRepository reports;
    private final GoalRatings ratings;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Goals(GoalRepository goals, IndicatorRepository indicators, OutcomeRepository outcomes,
            AssessmentRepository assessments, RatingProposalRepository proposals, ReportingPeriodRepository periods,
            GoalLevelRepository levels, RatingScaleRepository scales, FollowUpReportRepository reports,
            GoalRatings ratings, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.goals = goals;
        this.indicators = indicators;
        this.outcomes = outcomes;
        this.assessments = assessments;
        this.proposals = proposals;
        this.periods = periods;
        this.levels = levels;
        this.scales = scales;
        this.reports = reports;
        this.ratings = ratings;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    // --- Reads ------------------------------------------------------------------------------------------

    /** The goals of a plan year in the user's municipalities, ordered by municipality and number ("1.3.1"). */
    @Transactional(readOnly = true)
    public List<Goal> goals(int planYear) {
        return goals.findByMunicipalityCodeInAndPlanYear(CurrentUser.municipalityCodes(), planYear).stream()
                .sorted(Comparator.comparing(Goal::getMunicipalityCode)
                        .thenComparing(goal -> GoalNumbers.sortKey(goal.getNumber())))
                .toList();
    }

    /**
     * The goals of a board's plan of a year (those its follow-up reports rate), ordered by number ("1", "1.1",
     * "1.1.1"); empty when the board has none that year.
     *
     * @throws DomainException 404 for a municipality the user does not belong to
     */
    @Transactional(readOnly = true)
    public List<Goal> goals(String municipalityCode, Long boardId, int planYear) {
        checkAccess(municipalityCode);
        return goals.boardPlan(municipalityCode, planYear, boardId).stream()
                .sorted(Comparator.comparing(goal -> GoalNumbers.sortKey(goal.getNumber()))).toList();
    }

    @Transactional(readOnly = true)
    public Goal goal(Long id) {
        return goals.findById(id).filter(goal -> mayAccess(goal.getMunicipalityCode()))
                .orElseThrow(() -> DomainException.notFound("notFound.goal"));
    }

    /**
     * The goal with this number ("1.3.1") in a municipality's plan of a year, if the user may see that
     * municipality (work without a signed-in user, such as an import at start-up, may): for capabilities that
     * link to goals by their number (the assignment import).
     */
    @Transactional(readOnly = true)
    public Optional<Goal> goal(String municipalityCode, int planYear, String number) {
        if (!mayAccess(municipalityCode) || number == null) {
            return Optional.empty();
        }
        return goals.findByMunicipalityCodeAndPlanYearAndNumber(municipalityCode, planYear, number.trim());
    }

    @Transactional(readOnly = true)
    public List<Indicator> indicators(Goal goal) {
        return indicators.findByGoalOrderByCode(goal);
    }

    @Transactional(readOnly = true)
    public Indicator indicator(Long id) {
        return indicators.findById(id).filter(indicator -> mayAccess(indicator.getMunicipalityCode()))
                .orElseThrow(() -> DomainException.notFound("notFound.indicator"));
    }

    @Transactional(readOnly = true)
    public List<Goal> children(Goal goal) {
        return goals.findByParent(goal).stream().sorted(Comparator.comparing(g -> GoalNumbers.sortKey(
                g.getNumber()))).toList();
    }

    @Transactional(readOnly = true)
    public List<Outcome> outcomes(Indicator indicator) {
        return outcomes.findByIndicator(indicator);
    }

    @Transactional(readOnly = true)
    public Optional<Outcome> outcome(Indicator indicator, ReportingPeriod period) {
        return outcomes.findByIndicatorAndPeriod(indicator, period);
    }

    /** The municipality's reporting calendar, in the order of the year. */
    @Transactional(readOnly = true)
    public List<ReportingPeriod> periods(String municipalityCode) {
        checkAccess(municipalityCode);
        return periods.findByMunicipalityCodeOrderByAsOfMonthAscAsOfDayAsc(municipalityCode);
    }

    @Transactional(readOnly = true)
    public ReportingPeriod period(String municipalityCode, String code) {
        checkAccess(municipalityCode);
        return periods.findByMunicipalityCodeAndCode(municipalityCode, code)
                .orElseThrow(() -> DomainException.notFound("notFound.period"));
    }

    @Transactional(readOnly = true)
    public List<GoalLevel> levels(String municipalityCode) {
        checkAccess(municipalityCode);
        return levels.findByMunicipalityCodeOrderByDepth(municipalityCode);
    }

    @Transactional(readOnly = true)
    public List<RatingScale> scales(String municipalityCode) {
        checkAccess(municipalityCode);
        return scales.findByMunicipalityCodeOrderByCode(municipalityCode);
    }

    @Transactional(readOnly = true)
    public Optional<RatingProposal> proposal(SubjectType type, long subjectId, ReportingPeriod period) {
        return proposals.findFirstBySubjectTypeAndSubjectIdAndPeriodOrderByCreatedAtDescIdDesc(type, subjectId, period);
    }

    @Transactional(readOnly = true)
    public Optional<Assessment> assessment(Goal goal, ReportingPeriod period) {
        return assessments.findByGoalAndPeriod(goal, period);
    }

    /** Assessments that deviate from the proposal, newest first: what the manager looks at. */
    @Transactional(readOnly = true)
    public List<Assessment> deviations() {
        return assessments.findByGoalMunicipalityCodeInAndDeviatesTrueOrderByAssessedAtDesc(
                CurrentUser.municipalityCodes());
    }

    @Transactional(readOnly = true)
    public Optional<FollowUpReport> report(String municipalityCode, int planYear, ReportingPeriod period) {
        return reports.findByMunicipalityCodeAndPlanYearAndPeriod(municipalityCode, planYear, period);
    }

    // --- Outcomes ---------------------------------------------------------------------------------------

    /**
     * Records an indicator's outcome for a period, then updates the period's proposals.
     *
     * @throws DomainException 404 for an indicator or period the user cannot see; 422 when the indicator is not
     *         reported in that period ({@code periodCode}), when "not measured" lacks its reason or carries a
     *         value; 409 when the period's report is approved
     */
    public Outcome recordOutcome(OutcomeForm form) {
        Outcome saved = recordOutcomeOnly(form);
        Indicator indicator = saved.getIndicator();
        ratings.proposeIfDeployed(indicator.getMunicipalityCode(), indicator.getPlanYear(), saved.getPeriod());
        return saved;
    }

    Outcome recordOutcomeOnly(OutcomeForm form) {
        Indicator indicator = indicator(form.getIndicatorId());
        ReportingPeriod period = periods.findByMunicipalityCodeAndCode(indicator.getMunicipalityCode(),
                form.getPeriodCode()).orElseThrow(() -> DomainException.invalid("periodCode",
                        "goal.outcome.unknownPeriod", form.getPeriodCode()));
        if (!period.reports(indicator.getPeriodicity())) {
            throw DomainException.invalid("periodCode", "goal.outcome.periodNotOfIndicator", period.getName(),
                    indicator.getName());
        }
        checkNotApproved(indicator.getMunicipalityCode(), indicator.getPlanYear(), period);
        String reason = blankToNull(form.getNotMeasuredReason());
        if (form.isNotMeasured() && reason == null) {
            throw DomainException.invalid("notMeasuredReason", "goal.outcome.reasonRequired");
        }
        if (form.isNotMeasured() && form.getValue() != null) {
            throw DomainException.invalid("value", "goal.outcome.valueWhenNotMeasured");
        }
        Optional<Outcome> existing = outcomes.findByIndicatorAndPeriod(indicator, period);
        Outcome outcome = existing.orElseGet(() -> new Outcome(indicator, period));
        if (existing.isPresent() && existing.get().getVersion() != form.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(Outcome.class, existing.get().getId());
        }
        String unit = indicator.getUnit();
        String changes = Changes.start()
                .field("utfall", Numbers.format(outcome.getValue(), unit), Numbers.format(form.getValue(), unit))
                .field("prognos helår", Numbers.format(outcome.getForecastValue(), unit),
                        Numbers.format(form.getForecastValue(), unit))
                .field("inte mätt", outcome.getNotMeasuredReason(), form.isNotMeasured() ? reason : null)
                .toString();
        outcome.change(form.getValue(), form.getValueMen(), form.getValueWomen(), form.getLastYearValue(),
                form.getForecastValue(), blankToNull(form.getComment()), form.isNotMeasured() ? reason : null);
        Outcome saved = outcomes.saveAndFlush(outcome);
        audit.record(OUTCOME_RECORDED, "Indicator", indicator.getId(), indicator.getMunicipalityCode(),
                "Utfall " + period.getName() + " " + indicator.getPlanYear() + ": " + indicator.getCode() + " "
                        + indicator.getName(), changes);
        events.publishEvent(new OutcomeRecorded(indicator.getMunicipalityCode(), indicator.getPlanYear(),
                period.getCode(), indicator.getId()));
        return saved;
    }

    // --- Assessments ------------------------------------------------------------------------------------

    /**
     * Sets the official's rating of a goal for a period, against the current proposal.
     *
     * @throws DomainException 404 for a goal or period the user cannot see; 422 for a rating not on the level's
     *         scale ({@code rating}) or a deviation from the proposal without justification
     *         ({@code justification}); 409 when the period's report is approved
     */
    public Assessment assess(AssessmentForm form) {
        Goal goal = goal(form.getGoalId());
        ReportingPeriod period = periods.findByMunicipalityCodeAndCode(goal.getMunicipalityCode(),
                form.getPeriodCode()).orElseThrow(() -> DomainException.invalid("periodCode",
                        "goal.outcome.unknownPeriod", form.getPeriodCode()));
        Assessment assessment = assess(goal, period, form.getRating(), form.getJustification(), form.getVersion());
        ratings.proposeIfDeployed(goal.getMunicipalityCode(), goal.getPlanYear(), period);
        return assessment;
    }

    Assessment assess(Goal goal, ReportingPeriod period, String rating, String justificationText, long version) {
        checkNotApproved(goal.getMunicipalityCode(), goal.getPlanYear(), period);
        RatingScale scale = goal.getLevel().getScale();
        if (rating == null || scale.rating(rating).isEmpty()) {
            throw DomainException.invalid("rating", "goal.assessment.notOnScale", rating, scale.getRatings().stream()
                    .map(Rating::getLabel).collect(Collectors.joining(", ")));
        }
        String justification = blankToNull(justificationText);
        RatingProposal proposal = proposals.findFirstBySubjectTypeAndSubjectIdAndPeriodOrderByCreatedAtDescIdDesc(
                SubjectType.GOAL, goal.getId(), period).orElse(null);
        boolean deviates = proposal != null && proposal.getRating() != null && !proposal.getRating().equals(rating);
        if (deviates && justification == null) {
            throw DomainException.invalid("justification", "goal.assessment.justificationRequired",
                    scale.label(proposal.getRating()));
        }
        Optional<Assessment> existing = assessments.findByGoalAndPeriod(goal, period);
        Assessment assessment = existing.orElseGet(() -> new Assessment(goal, period));
        if (existing.isPresent() && existing.get().getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Assessment.class, existing.get().getId());
        }
        String changes = Changes.start()
                .field("bedömning", scale.label(assessment.getRating()), scale.label(rating))
                .field("motivering", assessment.getJustification(), justification)
                .field("förslag", null, proposal == null ? null : scale.label(proposal.getRating()))
                .toString();
        assessment.change(rating, justification, proposal, AuditLog.currentActorName(), OffsetDateTime.now(clock));
        Assessment saved = assessments.saveAndFlush(assessment);
        audit.record(ASSESSED, "Goal", goal.getId(), goal.getMunicipalityCode(),
                (deviates ? "Bedömning avviker från förslaget: " : "Bedömning: ") + goal.getNumber() + " "
                        + period.getName() + " " + goal.getPlanYear() + " – " + scale.label(rating), changes);
        events.publishEvent(new GoalAssessed(goal.getMunicipalityCode(), goal.getPlanYear(), period.getCode(),
                goal.getId()));
        return saved;
    }

    // --- Follow-up reports ------------------------------------------------------------------------------

    /** Links the follow-up report of a period to the board matter that decides it (creating the report). */
    public FollowUpReport linkReport(String municipalityCode, int planYear, String periodCode, Long matterId) {
        ReportingPeriod period = period(municipalityCode, periodCode);
        checkNotApproved(municipalityCode, planYear, period);
        FollowUpReport report = reports.findByMunicipalityCodeAndPlanYearAndPeriod(municipalityCode, planYear,
                period).orElseGet(() -> new FollowUpReport(municipalityCode, planYear, period));
        report.linkTo(matterId);
        FollowUpReport saved = reports.save(report);
        audit.record(REPORT_LINKED, "FollowUpReport", saved.getId(), municipalityCode,
                "Uppföljning " + period.getName() + " " + planYear + " kopplad till ärende", "ärende: " + matterId);
        return saved;
    }

    /** The board's decision on the matter stands: its follow-up reports are approved and locked. */
    void approveReportsOf(Long matterId, LocalDate day) {
        for (FollowUpReport report : reports.findByMatterId(matterId)) {
            if (!report.isApproved()) {
                report.approve(day);
                audit.record(REPORT_APPROVED, "FollowUpReport", report.getId(), report.getMunicipalityCode(),
                        "Uppföljning " + report.getPeriod().getName() + " " + report.getPlanYear()
                                + " fastställd av nämnden; utfall och bedömningar är låsta", null);
            }
        }
    }

    /**
     * The assignments of these goals changed (registered, imported, a status report, overdue): the ratings they
     * count are proposed again in every period of the goals' plan years whose report is not approved (an approved
     * report's proposals stay as the board saw them). Without rating tables deployed nothing happens.
     *
     * @param municipalityCode the assignments' municipality
     * @param goalIds the goals the assignments serve; unknown ids and nulls are ignored
     */
    public void assignmentsChanged(String municipalityCode, java.util.Collection<Long> goalIds) {
        java.util.Set<Integer> years = new java.util.TreeSet<>();
        goals.findAllById(goalIds.stream().filter(java.util.Objects::nonNull).toList()).stream()
                .filter(goal -> goal.getMunicipalityCode().equals(municipalityCode))
                .forEach(goal -> years.add(goal.getPlanYear()));
        for (int year : years) {
            for (ReportingPeriod period : periods.findByMunicipalityCodeOrderByAsOfMonthAscAsOfDayAsc(
                    municipalityCode)) {
                boolean approved = reports.findByMunicipalityCodeAndPlanYearAndPeriod(municipalityCode, year, period)
                        .filter(FollowUpReport::isApproved).isPresent();
                if (!approved) {
                    ratings.proposeIfDeployed(municipalityCode, year, period);
                }
            }
        }
    }

    void checkNotApproved(String municipalityCode, int planYear, ReportingPeriod period) {
        reports.findByMunicipalityCodeAndPlanYearAndPeriod(municipalityCode, planYear, period)
                .filter(FollowUpReport::isApproved).ifPresent(report -> {
                    throw new DomainException(HttpStatus.CONFLICT, "goal-report-approved", null,
                            "goal.report.approved", period.getName(), planYear, report.getApprovedOn());
                });
    }

    static boolean mayAccess(String municipalityCode) {
        return CurrentUser.get().map(user -> user.belongsTo(municipalityCode)).orElse(true);
    }

    static void checkAccess(String municipalityCode) {
        if (!mayAccess(municipalityCode)) {
            throw DomainException.notFound("notFound.municipality");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
