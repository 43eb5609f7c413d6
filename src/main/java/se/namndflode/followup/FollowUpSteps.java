package se.namndflode.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.namndflode.assignment.Assignments;
import se.namndflode.goal.CompiledReport;
import se.namndflode.goal.Goal;
import se.namndflode.goal.Goals;
import se.namndflode.goal.Indicator;
import se.namndflode.goal.PeriodReports;
import se.namndflode.goal.ReportingPeriod;
import se.namndflode.matter.StaffReportForm;
import se.namndflode.matter.StaffReportHeading;
import se.namndflode.matter.StaffReports;
import se.namndflode.organisation.Accounts;
import se.namndflode.organisation.Board;
import se.namndflode.registry.DocumentDirection;
import se.namndflode.registry.DocumentForm;
import se.namndflode.registry.DocumentType;
import se.namndflode.registry.FileContent;
import se.namndflode.registry.Matter;
import se.namndflode.registry.MatterForm;
import se.namndflode.registry.MatterKind;
import se.namndflode.registry.Registry;
import se.namndflode.shared.audit.AuditLog;
import se.namndflode.shared.security.Role;
import se.namndflode.shared.security.SignedInUser;

/**
 * What the engine calls from {@code bpmn/follow-up.bpmn} ({@code ${followUpSteps.remind(followUpId)}} and so on):
 * each step updates the follow-up and the audit log in the engine's transaction, and reaches the other
 * capabilities through their public services. Public only because the engine's expression language calls it; no
 * other module should.
 */
@Component("followUpSteps")
@Transactional
public class FollowUpSteps {

    private final FollowUpRepository followUps;
    private final OutcomeOwners owners;
    private final Goals goals;
    private final PeriodReports reports;
    private final Assignments assignments;
    private final Registry registry;
    private final StaffReports staffReports;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Clock clock;
    private final FollowUpTasks tasks;
    private final ApplicationEventPublisher events;

    FollowUpSteps(FollowUpRepository followUps, OutcomeOwners owners, Goals goals, PeriodReports reports,
            Assignments assignments, Registry registry, StaffReports staffReports, Accounts accounts, AuditLog audit,
            Clock clock, FollowUpTasks tasks, ApplicationEventPublisher events) {
        this.events = events;
        this.tasks = tasks;
        this.followUps = followUps;
        this.owners = owners;
        this.goals = goals;
        this.reports = reports;
        this.assignments = assignments;
        this.registry = registry;
        this.staffReports = staffReports;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** Who gets a task to enter outcomes (user names, in order): one task each. */
    public List<String> owners(Long followUpId) {
        return List.copyOf(owners.byOwner(find(followUpId)).keySet());
    }

    /**
     * Before the deadline: the owners with outcomes still missing are reminded (their tasks show it, and they are
     * e-mailed after the engine's transaction commits: {@link FollowUpMail}).
     */
    public void remind(Long followUpId) {
        FollowUp followUp = find(followUpId);
        followUp.reminded(OffsetDateTime.now(clock));
        tasks.changed(followUp);
        events.publishEvent(new FollowUpMail.ReminderDue(followUpId));
        List<Indicator> missing = owners.missing(followUp);
        audit.record("FOLLOW_UP_REMINDED", FollowUps.ENTITY, followUpId, followUp.getMunicipalityCode(),
                "Påminnelse: utfall till " + FollowUps.title(followUp) + " ska lämnas senast "
                        + followUp.getDeadline(), missing.isEmpty() ? "alla utfall är lämnade"
                                : "saknas från " + missing.stream().map(indicator -> owners.ownerOf(followUp,
                                        indicator)).distinct().sorted().collect(Collectors.joining(", ")));
    }

    /**
     * The deadline passed with outcomes missing: the manager decides how to go on (a task, and an e-mail after the
     * engine's transaction commits: {@link FollowUpMail}).
     */
    public void escalate(Long followUpId) {
        FollowUp followUp = find(followUpId);
        followUp.escalated(OffsetDateTime.now(clock));
        tasks.changed(followUp);
        events.publishEvent(new FollowUpMail.Escalated(followUpId));
        audit.record("FOLLOW_UP_ESCALATED", FollowUps.ENTITY, followUpId, followUp.getMunicipalityCode(),
                "Sista dag för utfall till " + FollowUps.title(followUp) + " har passerat; eskalerat till "
                        + followUp.getStartedBy(), "saknas: " + codes(owners.missing(followUp)));
    }

    /** The goal levels (depths) of the board's plan, deepest first: the order of the assessments. */
    public List<Integer> levels(Long followUpId) {
        return boardGoals(find(followUpId)).stream().map(goal -> goal.getLevel().getDepth()).distinct()
                .sorted(Comparator.reverseOrder()).toList();
    }

    /** A level's assessments open: every goal of the level below is decided. */
    public void openLevel(Long followUpId, Integer depth) {
        FollowUp followUp = find(followUpId);
        followUp.assessing(depth);
        String level = boardGoals(followUp).stream().filter(goal -> goal.getLevel().getDepth() == depth)
                .map(goal -> goal.getLevel().getName()).findFirst().orElse(String.valueOf(depth));
        audit.record("FOLLOW_UP_LEVEL_OPENED", FollowUps.ENTITY, followUpId, followUp.getMunicipalityCode(),
                "Bedömning öppnad: " + level + " i " + FollowUps.title(followUp), null);
    }

    /** The goals of a level (ids, by number): one assessment task each. */
    public List<Long> goalsAt(Long followUpId, Integer depth) {
        return boardGoals(find(followUpId)).stream().filter(goal -> goal.getLevel().getDepth() == depth)
                .map(Goal::getId).toList();
    }

    /** The board's assignments' latest status reports as of the period's day, counted for the report. */
    public void gatherStatusReports(Long followUpId) {
        FollowUp followUp = find(followUpId);
        ReportingPeriod period = owners.period(followUp);
        LocalDate asOf = period.asOf(followUp.getPlanYear());
        Assignments.PeriodStatus status = assignments.periodStatus(followUp.getMunicipalityCode(),
                followUp.getBoard().getId(), periodStart(followUp, period), asOf);
        int total = status.latest().size() + status.unreported();
        followUp.gathered(total, (int) status.deviating(), status.unreported());
        audit.record("FOLLOW_UP_STATUS_GATHERED", FollowUps.ENTITY, followUpId, followUp.getMunicipalityCode(),
                "Uppdragens statusrapporter per " + asOf + " hämtade till " + FollowUps.title(followUp),
                total + " uppdrag, " + status.deviating() + " med avvikelse, " + status.unreported()
                        + " utan statusrapport");
    }

    /** The report is compiled from the decided assessments (the registry keeps the copy the board gets). */
    public void compile(Long followUpId) {
        FollowUp followUp = find(followUpId);
        CompiledReport report = compiled(followUp);
        followUp.compiled(report.title(), OffsetDateTime.now(clock));
        audit.record("FOLLOW_UP_COMPILED", FollowUps.ENTITY, followUpId, followUp.getMunicipalityCode(),
                report.title() + " sammanställd", report.model().goals().size() + " mål");
    }

    /**
     * Registers the board matter that decides the report ("Tertialrapport 1 2026", kind rapport), whose
     * registration starts its board-matter process; registers the report as a document of the matter, drafts the
     * tjänsteutlåtande with the report as its attachment, and links the board's follow-up report of the period to
     * the matter, so that the board's decision on it locks the board's outcomes and assessments of the period.
     */
    public void registerBoardMatter(Long followUpId) {
        FollowUp followUp = find(followUpId);
        CompiledReport report = compiled(followUp);
        Board board = followUp.getBoard();
        SignedInUser starter = starter(followUp);
        MatterForm form = new MatterForm();
        form.setBoardId(board.getId());
        form.setKind(MatterKind.REPORT);
        form.setTitle(report.title());
        form.setCaseOfficerId(starter != null && starter.hasRole(Role.CASE_OFFICER) && starter.isEnabled()
                ? starter.getAccountId() : null);
        Matter matter = registry.registerMatter(form);
        LocalDate today = LocalDate.now(clock);
        DocumentForm document = new DocumentForm();
        document.setType(DocumentType.ATTACHMENT);
        document.setDirection(DocumentDirection.INTERNAL);
        document.setTitle(report.title());
        document.setDate(today);
        registry.registerDocument(matter.getId(), document, new FileContent(fileName(report.title()),
                "application/pdf", report.pdf()));
        StaffReportForm draft = new StaffReportForm();
        draft.setMatterId(matter.getId());
        draft.setTitle(report.title());
        draft.setReportDate(today);
        draft.setDecisionPoints(board.getName() + " godkänner " + lowerFirst(report.title()) + ".");
        draft.setSummary("Förvaltningen redovisar " + lowerFirst(report.title()) + " för " + board.getName()
                + ": måluppfyllelse, indikatorer och uppdrag per " + owners.period(followUp)
                        .asOf(followUp.getPlanYear()) + ".");
        draft.setAttachments(report.title());
        staffReports.save(draft, new StaffReportHeading(matter.getRegistryNumber().toString(), board.getName(),
                board.getAdministration() == null ? board.getName() : board.getAdministration().getName(),
                starter == null ? followUp.getStartedBy() : starter.getDisplayName(), followUp.getMunicipalityCode()));
        goals.linkReport(followUp.getMunicipalityCode(), board.getId(), followUp.getPlanYear(),
                followUp.getPeriodCode(), matter.getId());
        followUp.registered(matter.getId(), matter.getRegistryNumber().toString());
        audit.record("FOLLOW_UP_MATTER_REGISTERED", FollowUps.ENTITY, followUpId, followUp.getMunicipalityCode(),
                report.title() + " lämnas till nämnden i ärende " + matter.getRegistryNumber(), null);
    }

    /** The board's decision stands: the board's period is locked (the goal module approved its report). */
    public void approved(Long followUpId) {
        FollowUp followUp = find(followUpId);
        boolean locked = goals.report(followUp.getMunicipalityCode(), followUp.getBoard().getId(),
                followUp.getPlanYear(), owners.period(followUp)).map(report -> report.isApproved()).orElse(false);
        if (!locked) {
            // The goal module approves in the decision's transaction; without it the period would stay open.
            throw new IllegalStateException("Follow-up " + followUpId + ": the board decided but the report is "
                    + "not approved");
        }
        followUp.ended(FollowUpState.APPROVED, LocalDate.now(clock));
        audit.record("FOLLOW_UP_APPROVED", FollowUps.ENTITY, followUpId, followUp.getMunicipalityCode(),
                FollowUps.title(followUp) + " fastställd av nämnden (" + followUp.getRegistryNumber()
                        + "); utfall och bedömningar är låsta", null);
    }

    /** The board matter was written off: the follow-up ends without an approved report. */
    public void writtenOff(Long followUpId) {
        FollowUp followUp = find(followUpId);
        followUp.ended(FollowUpState.WRITTEN_OFF, LocalDate.now(clock));
        audit.record("FOLLOW_UP_WRITTEN_OFF", FollowUps.ENTITY, followUpId, followUp.getMunicipalityCode(),
                "Ärendet " + followUp.getRegistryNumber() + " avskrevs; " + FollowUps.title(followUp)
                        + " är inte fastställd", null);
    }

    private CompiledReport compiled(FollowUp followUp) {
        return reports.compile(followUp.getMunicipalityCode(), followUp.getBoard().getId(), followUp.getPlanYear(),
                followUp.getPeriodCode());
    }

    private List<Goal> boardGoals(FollowUp followUp) {
        return goals.goals(followUp.getMunicipalityCode(), followUp.getBoard().getId(), followUp.getPlanYear());
    }

    /** The day after the previous reporting point of the year, or 1 January. */
    private LocalDate periodStart(FollowUp followUp, ReportingPeriod period) {
        LocalDate asOf = period.asOf(followUp.getPlanYear());
        return goals.periods(followUp.getMunicipalityCode()).stream()
                .map(other -> other.asOf(followUp.getPlanYear())).filter(day -> day.isBefore(asOf))
                .max(Comparator.naturalOrder()).map(day -> day.plusDays(1))
                .orElse(LocalDate.of(followUp.getPlanYear(), 1, 1));
    }

    private SignedInUser starter(FollowUp followUp) {
        try {
            return accounts.loadUserByUsername(followUp.getStartedBy());
        } catch (UsernameNotFoundException gone) {
            return null;
        }
    }

    private FollowUp find(Long followUpId) {
        return followUps.findById(followUpId)
                .orElseThrow(() -> new IllegalStateException("No follow-up " + followUpId));
    }

    static String codes(List<Indicator> indicators) {
        return indicators.isEmpty() ? "inga" : indicators.stream().map(Indicator::getCode)
                .collect(Collectors.joining(", "));
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static String fileName(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).replace('å', 'a').replace('ä', 'a').replace('ö', 'o')
                .replaceAll("[^a-z0-9]+", "-") + ".pdf";
    }
}
