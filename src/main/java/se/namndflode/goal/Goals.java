package se.namndflode.goal;

import java.math.BigDecimal;
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
import se.namndflode.organisation.Board;
import se.namndflode.organisation.Organisation;
import se.namndflode.shared.audit.AuditLog;
import se.namndflode.shared.audit.Changes;
import se.namndflode.shared.security.CurrentUser;
import se.namndflode.shared.web.DomainException;

/**
 * Goals, indicators, outcomes and assessments of the signed-in user's municipalities: reads, entering outcomes
 * and the official's assessments. Every change is checked, audited and done in one transaction (a refusal saves
 * nothing); a board's goals, indicators, outcomes and assessments of a period are locked once that board's
 * follow-up report of the period is approved (another board's report does not lock them). A record of another
 * municipality is "not found".
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
    private final Organisation organisation;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Goals(GoalRepository goals, IndicatorRepository indicators, OutcomeRepository outcomes,
            AssessmentRepository assessments, RatingProposalRepository proposals, ReportingPeriodRepository periods,
            GoalLevelRepository levels, RatingScaleRepository scales, FollowUpReportRepository reports,
            GoalRatings ratings, Organisation organisation, AuditLog audit, ApplicationEventPublisher events,
            Clock clock) {
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
        this.organisation = organisation;
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

    /**
     * A board's follow-up report of a period of a plan year, if one was linked to a board matter.
     *
     * @param boardId the board whose report it is (an id of the organisation module)
     */
    @Transactional(readOnly = true)
    public Optional<FollowUpReport> report(String municipalityCode, Long boardId, int planYear,
            ReportingPeriod period) {
        return reports.findByMunicipalityCodeAndBoardIdAndPlanYearAndPeriod(municipalityCode, boardId, planYear,
                period);
    }

    /**
     * Whether the goal's outcomes and assessments of the period are locked: its board's report of the period is
     * approved. A goal of no board's plan is locked only by a report of no board (one from before boards).
     */
    @Transactional(readOnly = true)
    public boolean locked(Goal goal, ReportingPeriod period) {
        return approvedReport(goal.getMunicipalityCode(), goal.getBoardId(), goal.getPlanYear(), period)
                .isPresent();
    }

    // --- Outcomes ---------------------------------------------------------------------------------------

    /**
     * Records an indicator's outcome for a period, then updates the period's proposals.
     *
     * @throws DomainException 404 for an indicator or period the user cannot see; 422 when the indicator is not
     *         reported in that period ({@code periodCode}), when "not measured" lacks its reason or carries a
     *         value, for a figure of 15 digits or more before the decimal sign (on its field); 409 when the
     *         period's report is approved
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
        checkNotApproved(indicator.getGoal(), period);
        String reason = blankToNull(form.getNotMeasuredReason());
        if (form.isNotMeasured() && reason == null) {
            throw DomainException.invalid("notMeasuredReason", "goal.outcome.reasonRequired");
        }
        if (form.isNotMeasured() && form.getValue() != null) {
            throw DomainException.invalid("value", "goal.outcome.valueWhenNotMeasured");
        }
        checkFigure(form.getValue(), "value");
        checkFigure(form.getValueMen(), "valueMen");
        checkFigure(form.getValueWomen(), "valueWomen");
        checkFigure(form.getLastYearValue(), "lastYearValue");
        checkFigure(form.getForecastValue(), "forecastValue");
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

    /** An outcome's figures are kept as decimal(19, 4): 15 digits before the decimal sign (more decimals round). */
    static final BigDecimal LARGEST_FIGURE = new BigDecimal("1E15");

    /** A figure too large for its column is the caller's mistake, refused on its field (422), not a failed save. */
    private static void checkFigure(BigDecimal figure, String field) {
        if (figure != null && figure.abs().compareTo(LARGEST_FIGURE) >= 0) {
            throw DomainException.invalid(field, "goal.outcome.tooLarge");
        }
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
        checkNotApproved(goal, period);
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

    /**
     * Links a board's follow-up report of a period to the board matter that decides it (creating the report); the
     * other boards' reports of the period are untouched.
     *
     * @param boardId the board whose report it is and whose goals its approval locks
     * @throws DomainException 404 for a municipality the user does not belong to, an unknown period, or a board
     *         not of the municipality; 409 when the board's report of the period is already approved
     */
    public FollowUpReport linkReport(String municipalityCode, Long boardId, int planYear, String periodCode,
            Long matterId) {
        ReportingPeriod period = period(municipalityCode, periodCode);
        Board board = board(municipalityCode, boardId);
        checkNotApproved(municipalityCode, boardId, planYear, period);
        FollowUpReport report = reports.findByMunicipalityCodeAndBoardIdAndPlanYearAndPeriod(municipalityCode,
                boardId, planYear, period).orElseGet(() -> new FollowUpReport(municipalityCode, boardId, planYear,
                        period));
        report.linkTo(matterId);
        FollowUpReport saved = reports.save(report);
        audit.record(REPORT_LINKED, "FollowUpReport", saved.getId(), municipalityCode,
                "Uppföljning " + period.getName() + " " + planYear + " för " + board.getName()
                        + " kopplad till ärende", "ärende: " + matterId);
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

    /** Refuses (409) a change to a goal's (or its indicators') period once its board's report is approved. */
    void checkNotApproved(Goal goal, ReportingPeriod period) {
        checkNotApproved(goal.getMunicipalityCode(), goal.getBoardId(), goal.getPlanYear(), period);
    }

    private void checkNotApproved(String municipalityCode, Long boardId, int planYear, ReportingPeriod period) {
        approvedReport(municipalityCode, boardId, planYear, period).ifPresent(report -> {
            throw new DomainException(HttpStatus.CONFLICT, "goal-report-approved", null, "goal.report.approved",
                    period.getName(), planYear, report.getApprovedOn());
        });
    }

    private Optional<FollowUpReport> approvedReport(String municipalityCode, Long boardId, int planYear,
            ReportingPeriod period) {
        return reports.findByMunicipalityCodeAndBoardIdAndPlanYearAndPeriod(municipalityCode, boardId, planYear,
                period).filter(FollowUpReport::isApproved);
    }

    /**
     * A board of the municipality (an id of the organisation module).
     *
     * @throws DomainException 404 when there is none, or it is of another municipality or one the user cannot see
     */
    Board board(String municipalityCode, Long boardId) {
        if (boardId == null) {
            throw DomainException.notFound("notFound.board");
        }
        Board board = organisation.board(boardId);
        if (!board.getMunicipality().getCode().equals(municipalityCode)) {
            throw DomainException.notFound("notFound.board");
        }
        return board;
    }

    /**
     * The assignments of these goals changed (registered, imported, a status report, overdue): the ratings they
     * count are proposed again in every period of the goals' plan years (the proposals of a board whose report of
     * the period is approved stay as the board saw them: {@link GoalRatings} stores none for them). Without rating
     * tables deployed nothing happens.
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
                ratings.proposeIfDeployed(municipalityCode, year, period);
            }
        }
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
