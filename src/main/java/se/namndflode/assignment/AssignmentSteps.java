package se.namndflode.assignment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import se.namndflode.organisation.Accounts;
import se.namndflode.registry.Matter;
import se.namndflode.registry.MatterForm;
import se.namndflode.registry.MatterKind;
import se.namndflode.registry.Registry;
import se.namndflode.shared.audit.AuditLog;
import se.namndflode.shared.security.Role;
import se.namndflode.shared.security.SignedInUser;
import se.namndflode.shared.web.TextLimits;

/**
 * What the engine calls from {@code bpmn/assignment.bpmn} ({@code ${assignmentSteps.markOverdue(assignmentId)}} and
 * so on): each step updates the assignment, its status reports and the audit log in the engine's transaction. Public
 * only because the engine's expression language calls it; no other module should.
 */
@Component("assignmentSteps")
public class AssignmentSteps {

    private final AssignmentRepository assignments;
    private final StatusReportRepository reports;
    private final ReportingCalendar calendar;
    private final Registry registry;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Clock clock;

    private final AssignmentTasks taskSubjects;
    private final se.namndflode.goal.Goals goals;
    private final ApplicationEventPublisher events;

    AssignmentSteps(AssignmentRepository assignments, StatusReportRepository reports, ReportingCalendar calendar,
            Registry registry, Accounts accounts, AuditLog audit, Clock clock, AssignmentTasks taskSubjects,
            se.namndflode.goal.Goals goals, ApplicationEventPublisher events) {
        this.events = events;
        this.taskSubjects = taskSubjects;
        this.goals = goals;
        this.assignments = assignments;
        this.reports = reports;
        this.calendar = calendar;
        this.registry = registry;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The next reporting point of the municipality's calendar (the timer's moment, 08:00): on or after today and the
     * start date, after the point last asked for.
     */
    public Date nextReportAt(Long assignmentId) {
        Assignment assignment = find(assignmentId);
        LocalDate from = later(LocalDate.now(clock), assignment.getStartDate());
        if (assignment.getNextReportOn() != null && !from.isAfter(assignment.getNextReportOn())) {
            from = assignment.getNextReportOn().plusDays(1);
        }
        ReportingCalendar.Point point = calendar.onOrAfter(assignment.getMunicipalityCode(), from);
        assignment.nextReportOn(point.day());
        return AssignmentProcess.at(point.day(), AssignmentProcess.MORNING);
    }

    /**
     * N working days before the end date: the reminder shows in the lists, and the responsible person is e-mailed
     * after the engine's transaction commits ({@link AssignmentMail}).
     */
    public void remind(Long assignmentId) {
        Assignment assignment = find(assignmentId);
        assignment.reminded(OffsetDateTime.now(clock));
        taskSubjects.changed(assignment);
        events.publishEvent(new AssignmentMail.ReminderDue(assignmentId));
        audit.record("REMINDED", Assignments.ENTITY, assignmentId, assignment.getMunicipalityCode(),
                "Påminnelse: uppdraget " + assignment.getReference() + " ska vara klart " + assignment.getEndDate(),
                assignment.getResponsible() == null ? "ingen ansvarig utsedd" : "till " + assignment.getResponsible());
    }

    /**
     * The end date passed without the assignment being reported klar: it is overdue from the day after the end date,
     * and a deviation is recorded per that day, without explanation until the responsible person gives one. The
     * responsible person and the municipality's managers are e-mailed after the engine's transaction commits
     * ({@link AssignmentMail}).
     */
    public void markOverdue(Long assignmentId) {
        Assignment assignment = find(assignmentId);
        // Overdue from the day after the end date, whenever the job happens to run (a node down overnight).
        LocalDate since = assignment.getEndDate().plusDays(1);
        assignment.overdueSince(since);
        taskSubjects.changed(assignment);
        reports.save(new StatusReport(assignment, since, Status.DEVIATION, null, true, AuditLog.SYSTEM,
                OffsetDateTime.now(clock)));
        assignment.statusReported(Status.DEVIATION, since);
        if (assignment.getGoalId() != null) {
            // The overdue deviation counts in the goal's rating proposals.
            goals.assignmentsChanged(assignment.getMunicipalityCode(), java.util.List.of(assignment.getGoalId()));
        }
        events.publishEvent(new AssignmentMail.OverdueNow(assignmentId));
        audit.record("OVERDUE", Assignments.ENTITY, assignmentId, assignment.getMunicipalityCode(),
                "Försenat: uppdraget " + assignment.getReference() + " är inte klart, slutdatum "
                        + assignment.getEndDate() + "; avvikelse registrerad", null);
    }

    public boolean reportsAsBoardMatter(Long assignmentId) {
        return find(assignmentId).getReporting() == Reporting.BOARD_MATTER;
    }

    /** Completed: reported in the follow-up report of the next reporting point. */
    public void reportInFollowUp(Long assignmentId) {
        Assignment assignment = find(assignmentId);
        LocalDate today = LocalDate.now(clock);
        String report = calendar.onOrAfter(assignment.getMunicipalityCode(), today).label();
        assignment.completed(today, report);
        audit.record("COMPLETED", Assignments.ENTITY, assignmentId, assignment.getMunicipalityCode(),
                "Uppdraget " + assignment.getReference() + " slutfört; redovisas i " + report, null);
    }

    /**
     * Registers the board matter that reports the assignment ("Redovisning av uppdrag"), of the assignment's board,
     * with the responsible person as its case officer when they are one; registration starts its board-matter
     * process.
     */
    public void startReportMatter(Long assignmentId) {
        Assignment assignment = find(assignmentId);
        MatterForm form = new MatterForm();
        form.setBoardId(assignment.getBoard().getId());
        form.setKind(MatterKind.ASSIGNMENT_REPORT);
        String title = "Redovisning av uppdrag " + assignment.getReference() + ": " + assignment.getText();
        form.setTitle(title.length() > TextLimits.TITLE ? title.substring(0, TextLimits.TITLE - 1) + "…" : title);
        form.setCaseOfficerId(caseOfficer(assignment.getResponsible()));
        Matter matter = registry.registerMatter(form);
        assignment.reportedAsMatter(matter.getId(), matter.getRegistryNumber().toString());
        audit.record("REPORT_MATTER_REGISTERED", Assignments.ENTITY, assignmentId, assignment.getMunicipalityCode(),
                "Uppdraget " + assignment.getReference() + " redovisas för nämnden i ärende "
                        + matter.getRegistryNumber(), null);
    }

    /** The board's decision on the report matter stands: the assignment is completed. */
    public void completeAfterDecision(Long assignmentId) {
        Assignment assignment = find(assignmentId);
        String matter = "nämndens beslut i " + assignment.getReportRegistryNumber();
        assignment.completed(LocalDate.now(clock), matter);
        audit.record("COMPLETED", Assignments.ENTITY, assignmentId, assignment.getMunicipalityCode(),
                "Uppdraget " + assignment.getReference() + " slutfört genom " + matter, null);
    }

    /** The responsible person's account id, if they are a case officer (who may hold a matter); otherwise none. */
    private Long caseOfficer(String username) {
        if (username == null) {
            return null;
        }
        try {
            SignedInUser person = accounts.loadUserByUsername(username);
            return person.hasRole(Role.CASE_OFFICER) && person.isEnabled() ? person.getAccountId() : null;
        } catch (UsernameNotFoundException gone) {
            return null;
        }
    }

    private Assignment find(Long assignmentId) {
        return assignments.findById(assignmentId)
                .orElseThrow(() -> new IllegalStateException("No assignment " + assignmentId));
    }

    private static LocalDate later(LocalDate one, LocalDate other) {
        return one.isAfter(other) ? one : other;
    }
}
