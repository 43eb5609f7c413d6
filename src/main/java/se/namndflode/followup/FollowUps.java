package se.namndflode.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.namndflode.goal.Assessment;
import se.namndflode.goal.AssessmentForm;
import se.namndflode.goal.CompiledReport;
import se.namndflode.goal.Goal;
import se.namndflode.goal.Goals;
import se.namndflode.goal.Indicator;
import se.namndflode.goal.Outcome;
import se.namndflode.goal.OutcomeForm;
import se.namndflode.goal.PeriodReports;
import se.namndflode.goal.RatingProposal;
import se.namndflode.goal.ReportModel;
import se.namndflode.goal.ReportingPeriod;
import se.namndflode.goal.SubjectType;
import se.namndflode.organisation.Board;
import se.namndflode.organisation.Organisation;
import se.namndflode.shared.audit.AuditLog;
import se.namndflode.shared.security.CurrentUser;
import se.namndflode.shared.security.Role;
import se.namndflode.shared.web.DomainException;
import se.namndflode.shared.web.TextLimits;

/**
 * Follow-ups of the signed-in user's municipalities: starting one (managers), its progress, the owners' outcomes
 * and the officials' assessments through it, the manager's decision on missing outcomes, and its compiled report.
 * Every change is checked, audited and done in one transaction with the process's step (a refusal changes
 * nothing). A follow-up of another municipality is "not found".
 */
@Service
@Transactional
public class FollowUps {

    /** The audit log's entity type of follow-ups. */
    public static final String ENTITY = "FollowUp";
    /** Roles that start follow-ups and decide on missing outcomes. */
    static final Set<Role> MANAGING = EnumSet.of(Role.MANAGER, Role.DIRECTOR);

    private final FollowUpRepository followUps;
    private final FollowUpProcess process;
    private final OutcomeOwners owners;
    private final Organisation organisation;
    private final Goals goals;
    private final PeriodReports reports;
    private final AuditLog audit;
    private final Clock clock;

    FollowUps(FollowUpRepository followUps, FollowUpProcess process, OutcomeOwners owners, Organisation organisation,
            Goals goals, PeriodReports reports, AuditLog audit, Clock clock) {
        this.followUps = followUps;
        this.process = process;
        this.owners = owners;
        this.organisation = organisation;
        this.goals = goals;
        this.reports = reports;
        this.audit = audit;
        this.clock = clock;
    }

    // --- Reads ------------------------------------------------------------------------------------------

    /** The follow-ups of the user's municipalities, the latest started first. */
    @Transactional(readOnly = true)
    public List<FollowUp> followUps() {
        return followUps.findByMunicipalityCodeInOrderByStartedAtDescIdDesc(CurrentUser.municipalityCodes());
    }

    /** The follow-up, if it is of one of the user's municipalities; otherwise "not found". */
    @Transactional(readOnly = true)
    public FollowUp followUp(Long id) {
        return followUps.findById(id == null ? -1L : id).filter(found -> mayRead(found.getMunicipalityCode()))
                .orElseThrow(() -> DomainException.notFound("followUp.notFound"));
    }

    /** An owner's part: their indicators, which are still missing, and whether their task is open. */
    public record OwnerProgress(String owner, List<String> indicators, List<String> missing, boolean taskOpen) {
    }

    /**
     * A goal's part: its level, the DMN proposal with its explanation, the decided rating (if any), and whether its
     * assessment task is open.
     */
    public record GoalProgress(Long goalId, String number, String title, int depth, String levelName,
            Long parentId, String proposedRating, String proposedLabel, String proposalExplanation, String rating,
            String ratingLabel, String justification, boolean decided, boolean taskOpen, long assessmentVersion) {
    }

    /** An indicator whose outcome for the period is still missing, and who enters it. */
    public record MissingOutcome(Long indicatorId, String code, String name, String owner) {
    }

    /** Where the follow-up stands, for its page and the API. */
    public record Progress(Long id, String municipalityCode, Long boardId, String boardName, int planYear,
            String periodCode, String periodName, boolean forecast, LocalDate deadline, FollowUpState state,
            Integer assessingDepth, String startedBy, OffsetDateTime remindedAt, OffsetDateTime escalatedAt,
            List<OwnerProgress> owners, List<MissingOutcome> missingOutcomes, List<GoalProgress> goals,
            Integer assignmentsTotal, Integer assignmentsDeviating, Integer assignmentsUnreported,
            String reportTitle, Long matterId, String registryNumber, LocalDate endedOn, List<String> openTasks) {
    }

    @Transactional(readOnly = true)
    public Progress progress(Long id) {
        FollowUp followUp = followUp(id);
        ReportingPeriod period = owners.period(followUp);
        List<Task> open = process.openTasks(followUp);
        List<OwnerProgress> ownerRows = new ArrayList<>();
        for (Map.Entry<String, List<Indicator>> entry : owners.byOwner(followUp).entrySet()) {
            List<String> missing = entry.getValue().stream()
                    .filter(indicator -> goals.outcome(indicator, period).isEmpty()).map(Indicator::getCode).toList();
            boolean taskOpen = open.stream().anyMatch(task -> FollowUpProcess.ENTER_OUTCOMES.equals(
                    task.getTaskDefinitionKey()) && entry.getKey().equals(process.element(task, "owner")));
            ownerRows.add(new OwnerProgress(entry.getKey(), entry.getValue().stream().map(Indicator::getCode)
                    .toList(), missing, taskOpen));
        }
        List<GoalProgress> goalRows = new ArrayList<>();
        for (Goal goal : goals.goals(followUp.getMunicipalityCode(), followUp.getBoard().getId(),
                followUp.getPlanYear())) {
            goalRows.add(goalProgress(followUp, goal, period, open));
        }
        return new Progress(followUp.getId(), followUp.getMunicipalityCode(), followUp.getBoard().getId(),
                followUp.getBoard().getName(), followUp.getPlanYear(), followUp.getPeriodCode(), period.getName(),
                period.isForecast(), followUp.getDeadline(), followUp.getState(), followUp.getAssessingDepth(),
                followUp.getStartedBy(), followUp.getRemindedAt(), followUp.getEscalatedAt(), ownerRows,
                owners.missing(followUp).stream().map(indicator -> new MissingOutcome(indicator.getId(),
                        indicator.getCode(), indicator.getName(), owners.ownerOf(followUp, indicator))).toList(),
                goalRows,
                followUp.getAssignmentsTotal(), followUp.getAssignmentsDeviating(),
                followUp.getAssignmentsUnreported(), followUp.getReportTitle(), followUp.getMatterId(),
                followUp.getRegistryNumber(), followUp.getEndedOn(),
                open.stream().map(Task::getTaskDefinitionKey).distinct().sorted().toList());
    }

    /** What the official sees when assessing a goal: the goal, its proposal and its children's decided ratings. */
    public record AssessmentView(GoalProgress goal, List<GoalProgress> children, List<IndicatorOutcome> indicators,
            String suggestedJustification) {
    }

    /** An indicator of the goal with its outcome for the period (null values when none is entered). */
    public record IndicatorOutcome(Long indicatorId, String code, String name, String unit, String value,
            String forecast, String notMeasuredReason, String proposedRating, String proposalExplanation) {
    }

    @Transactional(readOnly = true)
    public AssessmentView assessment(Long id, Long goalId) {
        FollowUp followUp = followUp(id);
        Goal goal = planGoal(followUp, goalId);
        ReportingPeriod period = owners.period(followUp);
        List<Task> open = process.openTasks(followUp);
        List<GoalProgress> children = goals.children(goal).stream()
                .map(child -> goalProgress(followUp, child, period, open)).toList();
        List<IndicatorOutcome> indicators = goals.indicators(goal).stream()
                .filter(indicator -> period.reports(indicator.getPeriodicity())).map(indicator -> {
                    Optional<Outcome> outcome = goals.outcome(indicator, period);
                    Optional<RatingProposal> proposal = goals.proposal(SubjectType.INDICATOR, indicator.getId(),
                            period);
                    return new IndicatorOutcome(indicator.getId(), indicator.getCode(), indicator.getName(),
                            indicator.getUnit(), outcome.map(Outcome::getValue).map(Object::toString).orElse(null),
                            outcome.map(Outcome::getForecastValue).map(Object::toString).orElse(null),
                            outcome.map(Outcome::getNotMeasuredReason).orElse(null),
                            proposal.map(RatingProposal::getRating).orElse(null),
                            proposal.map(RatingProposal::getExplanation).orElse(null));
                }).toList();
        return new AssessmentView(goalProgress(followUp, goal, period, open), children, indicators,
                reports.suggestedJustification(goal, period));
    }

    /** The report as it stands now (JSON model, HTML, PDF): compiled on each call from the current assessments. */
    @Transactional(readOnly = true)
    public CompiledReport report(Long id) {
        FollowUp followUp = followUp(id);
        return reports.compile(followUp.getMunicipalityCode(), followUp.getBoard().getId(), followUp.getPlanYear(),
                followUp.getPeriodCode(), followUp.getSummaryAnalysis());
    }

    /** The report's model only, for the JSON API. */
    @Transactional(readOnly = true)
    public ReportModel reportModel(Long id) {
        FollowUp followUp = followUp(id);
        return reports.model(followUp.getMunicipalityCode(), followUp.getBoard().getId(), followUp.getPlanYear(),
                followUp.getPeriodCode(), followUp.getSummaryAnalysis());
    }

    // --- Changes ----------------------------------------------------------------------------------------

    /**
     * A manager starts the follow-up of a board for a period: one task per indicator owner, the reminder and the
     * deadline set.
     *
     * @throws DomainException 404 for a board the user cannot see; 403 unless the user is a manager or director of
     *         its municipality; 422 for an unknown period ({@code periodCode}), a plan year without goals of the
     *         board ({@code planYear}), a deadline in the past ({@code deadline}); 409 ({@code follow-up-exists})
     *         when the board's follow-up of the period is already started
     */
    public FollowUp start(FollowUpForm form) {
        Board board = organisation.board(form.getBoardId());
        String municipality = board.getMunicipality().getCode();
        checkManages(municipality);
        ReportingPeriod period = goals.periods(municipality).stream()
                .filter(candidate -> candidate.getCode().equals(form.getPeriodCode())).findFirst()
                .orElseThrow(() -> DomainException.invalid("periodCode", "followUp.period.unknown",
                        form.getPeriodCode()));
        int year = form.getPlanYear();
        // Already started is the answer whatever else the form says: a corrected deadline would not help.
        Optional<FollowUp> existing = followUps.findByMunicipalityCodeAndBoardIdAndPlanYearAndPeriodCode(
                municipality, board.getId(), year, period.getCode());
        if (existing.isPresent()) {
            throw alreadyStarted(board, period, year);
        }
        if (goals.goals(municipality, board.getId(), year).isEmpty()) {
            throw DomainException.invalid("planYear", "followUp.noGoals", board.getName(), year);
        }
        LocalDate today = LocalDate.now(clock);
        if (form.getDeadline().isBefore(today)) {
            throw DomainException.invalid("deadline", "followUp.deadline.past");
        }
        FollowUp followUp;
        try {
            followUp = followUps.saveAndFlush(new FollowUp(board, year, period.getCode(), form.getDeadline(),
                    AuditLog.currentActorName(), OffsetDateTime.now(clock)));
        } catch (DataIntegrityViolationException sameMoment) {
            // Another manager started it at the same moment: the unique key uq_follow_up.
            throw alreadyStarted(board, period, year);
        }
        process.start(followUp);
        audit.record("FOLLOW_UP_STARTED", ENTITY, followUp.getId(), municipality, "Uppföljning startad: "
                + title(followUp), "sista dag för utfall: " + form.getDeadline() + "; utfallsansvariga: "
                        + String.join(", ", owners.byOwner(followUp).keySet()));
        return followUp;
    }

    /**
     * An owner (or anyone who may enter outcomes) records an indicator's outcome for the follow-up's period; the
     * owner's task completes when their last outcome is in (see {@link FollowUpEvents}). The form's period may be
     * left out: the follow-up's applies.
     *
     * @throws DomainException 404 for an indicator not in the board's plan of the year; 422 ({@code periodCode}) for
     *         a period given that is not the follow-up's; the goal module's refusals
     *         (422 for a broken rule, 409 when the period's report is approved)
     */
    public Outcome recordOutcome(Long id, OutcomeForm form) {
        FollowUp followUp = followUp(id);
        Indicator indicator = goals.indicator(form.getIndicatorId());
        planGoal(followUp, indicator.getGoal().getId());
        samePeriod(followUp, form.getPeriodCode());
        form.setPeriodCode(followUp.getPeriodCode());
        return goals.recordOutcome(form);
    }

    /**
     * An official assesses a goal of the follow-up; its task completes (see {@link FollowUpEvents}), and the next
     * level opens when the last of a level is decided. The form's period may be left out: the follow-up's applies.
     *
     * @throws DomainException 404 for a goal not in the board's plan of the year; 409 before the goal's task is
     *         open (its child goals, or the level below, not decided; outcomes still being collected); the goal
     *         module's refusals
     */
    public Assessment assess(Long id, AssessmentForm form) {
        FollowUp followUp = followUp(id);
        planGoal(followUp, form.getGoalId());
        samePeriod(followUp, form.getPeriodCode());
        form.setPeriodCode(followUp.getPeriodCode());
        return goals.assess(form);
    }

    /**
     * Writes the report's Sammanfattande analys (the official's text; blank clears it), audited.
     *
     * @throws DomainException 403 unless a manager or director of the municipality; 409 once the follow-up has
     *         ended; 422 ({@code summaryAnalysis}) for a text over {@value TextLimits#SUMMARY} characters
     * @throws ObjectOptimisticLockingFailureException when someone changed the follow-up since {@code version}
     */
    public FollowUp writeSummaryAnalysis(Long id, String text, long version) {
        FollowUp followUp = followUp(id);
        checkManages(followUp.getMunicipalityCode());
        if (followUp.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(FollowUp.class, id);
        }
        if (followUp.getEndedOn() != null) {
            throw new DomainException(HttpStatus.CONFLICT, "follow-up-ended", null, "followUp.ended");
        }
        String trimmed = text == null || text.isBlank() ? null : text.strip();
        followUp.writeSummaryAnalysis(TextLimits.requireAtMost(trimmed, TextLimits.SUMMARY, "summaryAnalysis"));
        followUps.saveAndFlush(followUp);
        audit.record("FOLLOW_UP_SUMMARY_WRITTEN", ENTITY, id, followUp.getMunicipalityCode(),
                "Sammanfattande analys " + (trimmed == null ? "borttagen" : "skriven") + " för " + title(followUp),
                null);
        return followUp;
    }

    /**
     * The manager goes on to the assessments although outcomes are missing (they are reported as missing); the
     * task also completes by itself when the last missing outcome comes in.
     *
     * @throws DomainException 403 unless a manager or director of the municipality; 409 when the follow-up does
     *         not wait for this decision
     */
    public FollowUp continueWithoutMissing(Long id, long version) {
        FollowUp followUp = followUp(id);
        checkManages(followUp.getMunicipalityCode());
        if (followUp.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(FollowUp.class, id);
        }
        Task task = process.openTask(followUp, FollowUpProcess.HANDLE_MISSING, null, null)
                .orElseThrow(() -> new DomainException(HttpStatus.CONFLICT, "follow-up-not-missing", null,
                        "followUp.notMissing"));
        List<Indicator> missing = owners.missing(followUp);
        process.complete(task);
        audit.record("FOLLOW_UP_CONTINUED", ENTITY, id, followUp.getMunicipalityCode(), "Bedömningen av "
                + title(followUp) + " påbörjas utan alla utfall", "saknas: " + FollowUpSteps.codes(missing));
        return followUp;
    }

    // --- Shared within the module -----------------------------------------------------------------------

    GoalProgress goalProgress(FollowUp followUp, Goal goal, ReportingPeriod period, List<Task> open) {
        Optional<RatingProposal> proposal = goals.proposal(SubjectType.GOAL, goal.getId(), period);
        Optional<Assessment> assessment = goals.assessment(goal, period);
        var scale = goal.getLevel().getScale();
        boolean taskOpen = open.stream().anyMatch(task -> FollowUpProcess.ASSESS_GOAL.equals(
                task.getTaskDefinitionKey()) && goal.getId().equals(process.element(task, "goalId")));
        return new GoalProgress(goal.getId(), goal.getNumber(), goal.getTitle(), goal.getLevel().getDepth(),
                goal.getLevel().getName(), goal.getParent() == null ? null : goal.getParent().getId(),
                proposal.map(RatingProposal::getRating).orElse(null),
                proposal.map(RatingProposal::getRating).map(scale::label).orElse(null),
                proposal.map(RatingProposal::getExplanation).orElse(null),
                assessment.map(Assessment::getRating).orElse(null),
                assessment.map(Assessment::getRating).map(scale::label).orElse(null),
                assessment.map(Assessment::getJustification).orElse(null), assessment.isPresent(), taskOpen,
                assessment.map(Assessment::getVersion).orElse(0L));
    }

    /** A goal of the board's plan of the follow-up's year; otherwise "not found". */
    Goal planGoal(FollowUp followUp, Long goalId) {
        Goal goal = goals.goal(goalId);
        if (goal.getPlanYear() != followUp.getPlanYear() || !goal.getMunicipalityCode().equals(
                followUp.getMunicipalityCode()) || !followUp.getBoard().getId().equals(goal.getBoardId())) {
            throw DomainException.notFound("notFound.goal");
        }
        return goal;
    }

    /** "Uppföljning T1 2026, Socialnämnden": how the audit log and the task lists name a follow-up. */
    static String title(FollowUp followUp) {
        return "uppföljning " + followUp.getPeriodCode() + " " + followUp.getPlanYear() + ", "
                + followUp.getBoard().getName();
    }

    static boolean mayRead(String municipalityCode) {
        return CurrentUser.get().map(user -> user.belongsTo(municipalityCode)).orElse(true);
    }

    /** Whether the signed-in user starts follow-ups of the municipality (a manager or director of it). */
    public static boolean mayManage(String municipalityCode) {
        return CurrentUser.get().map(user -> user.belongsTo(municipalityCode)
                && MANAGING.stream().anyMatch(user::hasRole)).orElse(true);
    }

    private static void checkManages(String municipalityCode) {
        if (!mayManage(municipalityCode)) {
            throw DomainException.forbidden("followUp.managersOnly");
        }
    }

    /** A form may name the period; it must be the follow-up's (empty: the follow-up's). */
    private static void samePeriod(FollowUp followUp, String periodCode) {
        if (periodCode != null && !periodCode.isBlank() && !periodCode.trim().equals(followUp.getPeriodCode())) {
            throw DomainException.invalid("periodCode", "followUp.period.other", periodCode,
                    followUp.getPeriodCode());
        }
    }

    private static DomainException alreadyStarted(Board board, ReportingPeriod period, int year) {
        return new DomainException(HttpStatus.CONFLICT, "follow-up-exists", "periodCode", "followUp.exists",
                period.getName(), year, board.getName());
    }
}
