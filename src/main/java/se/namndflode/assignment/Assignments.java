package se.namndflode.assignment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.namndflode.goal.Goal;
import se.namndflode.goal.Goals;
import se.namndflode.meeting.Meeting;
import se.namndflode.meeting.Meetings;
import se.namndflode.meeting.Paragraph;
import se.namndflode.meeting.ParagraphOutcome;
import se.namndflode.organisation.Accounts;
import se.namndflode.organisation.Board;
import se.namndflode.organisation.Organisation;
import se.namndflode.registry.Matter;
import se.namndflode.registry.Registry;
import se.namndflode.registry.RegistryNumber;
import se.namndflode.shared.audit.AuditLog;
import se.namndflode.shared.audit.Changes;
import se.namndflode.shared.db.RowLocks;
import se.namndflode.shared.engine.TenantAdded;
import se.namndflode.shared.security.CurrentUser;
import se.namndflode.shared.security.Role;
import se.namndflode.shared.security.SignedInUser;
import se.namndflode.shared.web.DomainException;
import se.namndflode.shared.web.TextLimits;

/**
 * The assignments of the signed-in user's municipalities: reads, registering and changing them. Managers and
 * directors of the assignment's municipality manage assignments; staff of the municipality read them; an
 * assignment of another municipality is "not found". Every change is checked ({@link AssignmentRules}), audited
 * and done in one transaction: a refusal saves nothing (not even the organisations it would have created). Work
 * without a signed-in user (the demo data at start-up, engine jobs) is not limited.
 */
@Service
@Transactional
public class Assignments {

    /** The audit log's entity type of assignments. */
    public static final String ENTITY = "Assignment";
    static final String CREATED = "ASSIGNMENT_CREATED";
    static final String UPDATED = "ASSIGNMENT_UPDATED";
    /** Roles that manage the assignments of their municipality. */
    static final Set<Role> MANAGING = EnumSet.of(Role.MANAGER, Role.DIRECTOR);
    /** Roles a responsible person holds. */
    static final Set<Role> RESPONSIBLE_ROLES = EnumSet.of(Role.CASE_OFFICER, Role.MANAGER, Role.DIRECTOR);

    private final AssignmentRepository assignments;
    private final BodyRepository bodies;
    private final RelationTypeRepository relations;
    private final Organisation organisation;
    private final Accounts accounts;
    private final Registry registry;
    private final Goals goals;
    private final StatusReportRepository reports;
    private final AssignmentProcess process;
    private final AuditLog audit;
    private final Clock clock;
    private final Meetings meetings;

    private final AssignmentTasks taskSubjects;
    private final RowLocks rows;

    Assignments(AssignmentRepository assignments, BodyRepository bodies, RelationTypeRepository relations,
            Organisation organisation, Accounts accounts, Registry registry, Goals goals,
            StatusReportRepository reports, AssignmentProcess process, AuditLog audit, Clock clock,
            Meetings meetings, AssignmentTasks taskSubjects, RowLocks rows) {
        this.rows = rows;
        this.meetings = meetings;
        this.taskSubjects = taskSubjects;
        this.assignments = assignments;
        this.reports = reports;
        this.process = process;
        this.bodies = bodies;
        this.relations = relations;
        this.organisation = organisation;
        this.accounts = accounts;
        this.registry = registry;
        this.goals = goals;
        this.audit = audit;
        this.clock = clock;
    }

    // --- Reads ------------------------------------------------------------------------------------------

    /** The assignment, if it is of one of the user's municipalities; otherwise "not found". */
    @Transactional(readOnly = true)
    public Assignment assignment(Long id) {
        return assignments.findById(id == null ? -1L : id).filter(found -> mayRead(found.getMunicipalityCode()))
                .orElseThrow(() -> DomainException.notFound("assignment.notFound"));
    }

    /** The assignment with this reference in a municipality, if the user may see it. */
    @Transactional(readOnly = true)
    public Optional<Assignment> assignment(String municipalityCode, String reference) {
        return assignments.findByMunicipalityCodeAndReference(municipalityCode, reference)
                .filter(found -> mayRead(found.getMunicipalityCode()));
    }

    /** The organisations known to a municipality, by name. */
    @Transactional(readOnly = true)
    public List<Body> bodies(String municipalityCode) {
        checkMunicipality(municipalityCode);
        return bodies.findByMunicipalityCodeOrderByName(municipalityCode);
    }

    /** The municipality's relation types ("i samråd med", ...), by name. */
    @Transactional(readOnly = true)
    public List<RelationType> relationTypes(String municipalityCode) {
        checkMunicipality(municipalityCode);
        return relations.findByMunicipalityCodeOrderByName(municipalityCode);
    }

    /** Whether the signed-in user manages the assignments of the municipality (manager or director of it). */
    public static boolean mayManage(String municipalityCode) {
        return CurrentUser.get().map(user -> user.belongsTo(municipalityCode)
                && MANAGING.stream().anyMatch(user::hasRole)).orElse(true);
    }

    // --- Changes ----------------------------------------------------------------------------------------

    /**
     * Registers an assignment of a board.
     *
     * @throws DomainException 404 for a board the user cannot see; 403 unless the user is a manager or director
     *         of its municipality; 422 naming the field for a broken rule (an end date before the start date, a
     *         partner that is the lead, a reference already used in the municipality, an unknown goal, relation
     *         or responsible person, ...)
     */
    public Assignment create(AssignmentForm form) {
        Board board = organisation.board(form.getBoardId());
        String municipality = board.getMunicipality().getCode();
        requireManaging(municipality);
        Checked checked = check(board, form, null);
        Assignment assignment = new Assignment(municipality, board, checked.reference(),
                OffsetDateTime.now(clock), AuditLog.currentActorName());
        apply(assignment, checked, new HashMap<>());
        Assignment saved = registered(assignments.saveAndFlush(assignment), "Uppdrag registrerat: ");
        goalsChanged(saved);
        return saved;
    }

    /** The goal's rating proposals count its assignments and their deviations: they are proposed again. */
    void goalsChanged(Assignment assignment) {
        if (assignment.getGoalId() != null) {
            goals.assignmentsChanged(assignment.getMunicipalityCode(), List.of(assignment.getGoalId()));
        }
    }

    /** A new assignment is saved (registered or imported): audited with what it says, and its process started. */
    Assignment registered(Assignment saved, String summary) {
        audit.record(CREATED, ENTITY, saved.getId(), saved.getMunicipalityCode(), summary + saved.getReference(),
                describe(null, saved).toString());
        process.start(saved);
        return saved;
    }

    /**
     * Changes an assignment's text, source, lead, partners, dates, goal, responsible person or reporting.
     *
     * @throws DomainException as {@link #create}; as {@link #checkVersion} for the form's {@code version} (400
     *         without it, 409 when someone changed the assignment meanwhile)
     */
    public Assignment update(Long id, AssignmentForm form) {
        Assignment assignment = forChange(id);
        requireManaging(assignment.getMunicipalityCode());
        checkVersion(assignment, form.getVersion());
        if (form.getBoardId() != null && !form.getBoardId().equals(assignment.getBoard().getId())) {
            throw DomainException.invalid("boardId", "assignment.board.fixed");
        }
        if (assignment.getPhase() == Phase.COMPLETED) {
            throw DomainException.invalid(null, "assignment.finished");
        }
        Checked checked = check(assignment.getBoard(), form, assignment.getId());
        if (assignment.getResponsible() != null && checked.responsible() == null) {
            throw DomainException.invalid("responsible", "assignment.responsible.needed");
        }
        if (!checked.end().equals(assignment.getEndDate())) {
            checkEndDateChange(assignment);
        }
        Snapshot before = Snapshot.of(assignment);
        apply(assignment, checked, new HashMap<>());
        if (!before.end().equals(assignment.getEndDate())) {
            process.endDateChanged(assignment);
        }
        if (!java.util.Objects.equals(before.responsible(), assignment.getResponsible())) {
            responsibleChanged(assignment, before.responsible());
        }
        Assignment saved = assignments.saveAndFlush(assignment);
        Changes changes = describe(before, saved);
        if (!changes.isEmpty()) {
            audit.record(UPDATED, ENTITY, saved.getId(), saved.getMunicipalityCode(),
                    "Uppdrag ändrat: " + saved.getReference(), changes.toString());
        }
        return saved;
    }

    /** A new municipality gets the standard relation types of the plans, in the transaction that creates it. */
    @EventListener
    void on(TenantAdded added) {
        for (String[] standard : RelationType.STANDARD) {
            if (relations.findByMunicipalityCodeAndCode(added.tenantId(), standard[0]).isEmpty()) {
                relations.save(new RelationType(added.tenantId(), standard[0], standard[1]));
            }
        }
    }

    // --- The process: status reports, the responsible person, overdue --------------------------------------

    /** The assignment's status reports, newest first. */
    @Transactional(readOnly = true)
    public List<StatusReport> statusReports(Long id) {
        return reports.findByAssignmentOrderByAsOfDescIdDesc(assignment(id));
    }

    /**
     * What a follow-up gathers of a board's assignments for a reporting period: of the assignments running in it
     * (started by {@code asOf}, not completed before {@code from}), the latest status report of each as of
     * {@code asOf}, by reference, and how many have none yet. Work without a signed-in user (an engine step) may
     * read any municipality; a user only their own (otherwise "not found").
     *
     * @param from the first day of the period (the day after the previous reporting point, or 1 January)
     * @param asOf the period's reporting day
     */
    @Transactional(readOnly = true)
    public PeriodStatus periodStatus(String municipalityCode, Long boardId, LocalDate from, LocalDate asOf) {
        checkMunicipality(municipalityCode);
        List<StatusReport> latest = reports.findLatestOfBoard(municipalityCode, boardId, from, asOf).stream()
                .sorted(java.util.Comparator.comparing(report -> report.getAssignment().getReference())).toList();
        long running = reports.countRunning(municipalityCode, boardId, from, asOf);
        return new PeriodStatus(latest, (int) (running - latest.size()));
    }

    /** The latest status reports of a board's running assignments as of a day, and how many have none. */
    public record PeriodStatus(List<StatusReport> latest, int unreported) {

        public long deviating() {
            return latest.stream().filter(report -> report.getStatus() == Status.DEVIATION).count();
        }
    }

    /** The steps of the assignment's open tasks ({@code ReportStatus}, {@code ActOnOverdue}, ...), for its page. */
    @Transactional(readOnly = true)
    public List<String> openTasks(Long id) {
        return process.openTasks(assignment(id));
    }

    /**
     * The responsible person's status report: enligt plan, avvikelse (its text required) or klar. At a reporting
     * point it answers the open "Lämna statusrapport" task (and counts per that point); between points it is
     * recorded per today, and klar ends the work and the end-date watch at once, so a finished assignment never
     * becomes overdue.
     *
     * @throws DomainException 403 {@code assignment.status.notResponsible} for anyone but the responsible person;
     *         422 for a deviation without text ({@code text}), a missing status, or an assignment already reported
     *         klar
     */
    public StatusReport reportStatus(Long id, StatusReportForm form) {
        Assignment assignment = assignment(id);
        requireResponsible(assignment);
        if (assignment.getPhase() == Phase.COMPLETED || assignment.getPhase() == Phase.REPORTING) {
            throw DomainException.invalid(null, "assignment.finished");
        }
        if (form.getStatus() == null) {
            throw DomainException.invalid("status", "assignment.status.required");
        }
        String text = TextLimits.requireAtMost(trimmed(form.getText()), TextLimits.REASON, "text");
        if (form.getStatus() == Status.DEVIATION && text == null) {
            throw DomainException.invalid("text", "assignment.status.textRequired");
        }
        Optional<org.camunda.bpm.engine.task.Task> task = process.openTask(assignment, "ReportStatus");
        LocalDate asOf = task.isPresent() && assignment.getNextReportOn() != null ? assignment.getNextReportOn()
                : LocalDate.now(clock);
        StatusReport report = reports.save(new StatusReport(assignment, asOf, form.getStatus(), text, false,
                AuditLog.currentActorName(), OffsetDateTime.now(clock)));
        assignment.statusReported(form.getStatus(), asOf);
        if (form.getStatus() == Status.DONE) {
            assignment.done();
        }
        assignments.saveAndFlush(assignment);
        goalsChanged(assignment);
        audit.record("STATUS_REPORTED", ENTITY, assignment.getId(), assignment.getMunicipalityCode(),
                "Statusrapport per " + asOf + " för " + assignment.getReference() + ": "
                        + STATUS_TEXT.get(form.getStatus()), text == null ? null : "kommentar: " + text);
        if (task.isPresent()) {
            process.complete(task.get(), Map.of("status", form.getStatus().name()));
        } else if (form.getStatus() == Status.DONE) {
            process.correlate(assignment, AssignmentMessages.DONE, Map.of(), "assignment.notInProgress");
        }
        return report;
    }

    /**
     * Appoints the responsible person of an assignment that has none (answering "Utse ansvarig"), or gives it to
     * another: the open tasks of the responsible person follow.
     *
     * @throws DomainException 403 unless a manager or director of the municipality; as {@link #checkVersion} for
     *         the form's {@code version} (400 without it, 409 when another manager reassigned or changed the
     *         assignment meanwhile); 422 for a person who is not a case officer, manager or director of it, or who is
     *         already responsible
     */
    public Assignment reassign(Long id, ReassignForm form) {
        Assignment assignment = forChange(id);
        requireManaging(assignment.getMunicipalityCode());
        checkVersion(assignment, form.getVersion());
        if (assignment.getPhase() == Phase.COMPLETED) {
            throw DomainException.invalid(null, "assignment.finished");
        }
        changeResponsible(assignment, form.getResponsible(), trimmed(form.getReason()));
        return assignments.saveAndFlush(assignment);
    }

    private void changeResponsible(Assignment assignment, String username, String reason) {
        if (trimmed(username) == null) {
            throw DomainException.invalid("responsible", "assignment.responsible.required");
        }
        SignedInUser person = responsible(assignment.getMunicipalityCode(), username.trim());
        String before = assignment.getResponsible();
        if (person.getUsername().equals(before)) {
            throw DomainException.invalid("responsible", "assignment.responsible.same", person.getDisplayName());
        }
        assignment.responsible(person.getUsername(), person.getDisplayName());
        responsibleChanged(assignment, before);
        audit.record(before == null ? "APPOINTED" : "REASSIGNED", ENTITY, assignment.getId(),
                assignment.getMunicipalityCode(), (before == null ? "Ansvarig utsedd för " : "Ny ansvarig för ")
                        + assignment.getReference() + ": " + person.getDisplayName(),
                Changes.start().field("ansvarig", before, person.getUsername()).field("skäl", null, reason)
                        .toString());
    }

    /**
     * The assignment a person changes, its row locked until the transaction ends and read afresh under the lock. A
     * change at the same moment from the same version waits here for the other to commit and then finds the version
     * moved on: refused by {@link #checkVersion} with what stands now, before it touches the process, rather than
     * meeting the other in the engine's or JPA's optimistic lock with nothing to tell.
     */
    private Assignment forChange(Long id) {
        Assignment assignment = assignment(id);
        return rows.lockAndRefresh(assignment, "assignment", assignment.getId());
    }

    /**
     * A person's change goes ahead only on the assignment as they saw it: {@code seen} is the {@code version} their
     * page or API read showed. Without it, a change made meanwhile would be overwritten unseen.
     *
     * @throws DomainException 400 {@code version-required} (field {@code version}) without a version; 409
     *         {@code concurrent-change} when the assignment changed since, naming its responsible person and end date
     *         now (the API's {@code current}: {@link CurrentState}); nothing is changed
     */
    static void checkVersion(Assignment assignment, Long seen) {
        if (seen == null) {
            throw DomainException.versionRequired();
        }
        if (seen != assignment.getVersion()) {
            throw DomainException.changedMeanwhile("assignment.changedMeanwhile", assignment.getReference(),
                    assignment.getResponsibleName() != null ? assignment.getResponsibleName()
                            : new DefaultMessageSourceResolvable(new String[] {"assignment.noResponsible"}, "–"),
                    assignment.getEndDate())
                    .withProperty("current", CurrentState.of(assignment));
        }
    }

    /**
     * What a refused stale change tells the caller of the assignment as it is now: its version (to send with the
     * next change), responsible person (user name and name; null when none), dates, phase and whether it is overdue.
     */
    public record CurrentState(long version, String responsible, String responsibleName, LocalDate startDate,
            LocalDate endDate, Phase phase, boolean overdue) {

        static CurrentState of(Assignment assignment) {
            return new CurrentState(assignment.getVersion(), assignment.getResponsible(),
                    assignment.getResponsibleName(), assignment.getStartDate(), assignment.getEndDate(),
                    assignment.getPhase(), assignment.isOverdue());
        }
    }

    /** The process follows a new responsible person: the appointment task is answered, or the tasks move. */
    private void responsibleChanged(Assignment assignment, String before) {
        Optional<org.camunda.bpm.engine.task.Task> appoint = process.openTask(assignment, "AppointResponsible");
        assignment.appointed();
        if (appoint.isPresent()) {
            process.complete(appoint.get(), Map.of("responsible", assignment.getResponsible()));
        }
        process.responsibleChanged(assignment, before);
    }

    /**
     * A manager acts on an overdue assignment ("Åtgärda försenat uppdrag"), or the director on one escalated to
     * them: extend it to a new end date with a reason (the watch starts again from that date), reassign it, or
     * (the manager) escalate it.
     *
     * @throws DomainException 403 unless a manager or director of the municipality; as {@link #checkVersion} for
     *         the form's {@code version} (400 without it, 409 when another manager acted, reassigned or changed the
     *         assignment meanwhile — checked before the task, which the other's action may have closed); 422
     *         {@code assignment.overdue.noTask} when no such task is open; 403 for anyone but a manager (director,
     *         once escalated); 409 when another person has taken the task; 422 on the field: an end date not after
     *         the current one or already passed, an extension without a reason, a reassignment without a (valid)
     *         person, an escalation by the director
     */
    public Assignment actOnOverdue(Long id, OverdueActionForm form) {
        Assignment assignment = forChange(id);
        requireManaging(assignment.getMunicipalityCode());
        checkVersion(assignment, form.getVersion());
        Optional<org.camunda.bpm.engine.task.Task> managers = process.openTask(assignment, "ActOnOverdue");
        Optional<org.camunda.bpm.engine.task.Task> directors = process.openTask(assignment, "DecideEscalation");
        org.camunda.bpm.engine.task.Task task = managers.or(() -> directors)
                .orElseThrow(() -> DomainException.invalid(null, "assignment.overdue.noTask"));
        Role role = managers.isPresent() ? Role.MANAGER : Role.DIRECTOR;
        requireRole(role);
        CurrentUser.get().ifPresent(user -> {
            if (task.getAssignee() != null && !task.getAssignee().equals(user.getUsername())) {
                throw new DomainException(org.springframework.http.HttpStatus.CONFLICT, "task-taken", null,
                        "assignment.overdue.taken", task.getAssignee());
            }
        });
        if (form.getAction() == null) {
            throw DomainException.invalid("action", "assignment.overdue.actionRequired");
        }
        String reason = TextLimits.requireAtMost(trimmed(form.getReason()), TextLimits.REASON, "reason");
        switch (form.getAction()) {
            case EXTEND -> extend(assignment, form.getNewEndDate(), reason);
            case REASSIGN -> changeResponsible(assignment, form.getResponsible(), reason);
            case ESCALATE -> {
                if (role == Role.DIRECTOR) {
                    throw DomainException.invalid("action", "assignment.overdue.alreadyEscalated");
                }
                audit.record("ESCALATED", ENTITY, assignment.getId(), assignment.getMunicipalityCode(),
                        "Försenat uppdrag " + assignment.getReference() + " eskalerat till förvaltningschefen",
                        reason == null ? null : "skäl: " + reason);
            }
            default -> throw DomainException.invalid("action", "assignment.overdue.actionRequired");
        }
        Assignment saved = assignments.saveAndFlush(assignment);
        process.complete(task, Map.of("overdueAction", form.getAction().name()));
        return saved;
    }

    private void extend(Assignment assignment, LocalDate newEnd, String reason) {
        LocalDate today = LocalDate.now(clock);
        if (newEnd == null) {
            throw DomainException.invalid("newEndDate", "assignment.extend.dateRequired");
        }
        if (!newEnd.isAfter(assignment.getEndDate())) {
            throw DomainException.invalid("newEndDate", "assignment.extend.notLater", assignment.getEndDate());
        }
        if (newEnd.isBefore(today)) {
            throw DomainException.invalid("newEndDate", "assignment.extend.passed", today);
        }
        if (reason == null) {
            throw DomainException.invalid("reason", "assignment.extend.reasonRequired");
        }
        LocalDate before = assignment.getEndDate();
        assignment.extended(newEnd);
        taskSubjects.changed(assignment);
        process.endDateChanged(assignment);
        audit.record("EXTENDED", ENTITY, assignment.getId(), assignment.getMunicipalityCode(),
                "Uppdraget " + assignment.getReference() + " förlängt till " + newEnd,
                Changes.start().field("slutdatum", before, newEnd).field("skäl", null, reason).toString());
    }

    /**
     * The responsible person explains the deviation recorded when the assignment became overdue (answering
     * "Förklara avvikelsen"); without a responsible person, a manager may.
     *
     * @throws DomainException 403 for anyone else; 422 without text, or when no deviation waits for one
     */
    public StatusReport explainDeviation(Long id, ExplanationForm form) {
        Assignment assignment = assignment(id);
        requireMayExplain(assignment);
        StatusReport deviation = reports.findFirstByAssignmentAndAutomaticTrueAndTextIsNullOrderByIdDesc(assignment)
                .orElseThrow(() -> DomainException.invalid(null, "assignment.explain.nothing"));
        String text = TextLimits.requireAtMost(trimmed(form.getText()), TextLimits.REASON, "text");
        if (text == null) {
            throw DomainException.invalid("text", "assignment.status.textRequired");
        }
        deviation.explain(text, AuditLog.currentActorName(), OffsetDateTime.now(clock));
        audit.record("DEVIATION_EXPLAINED", ENTITY, assignment.getId(), assignment.getMunicipalityCode(),
                "Avvikelsen för " + assignment.getReference() + " per " + deviation.getAsOf() + " förklarad",
                "förklaring: " + text);
        process.openTask(assignment, "ExplainDeviation").ifPresent(task -> process.complete(task, Map.of()));
        return deviation;
    }

    /** The end date moves only before the assignment is overdue (then through the overdue task) and finished. */
    private static void checkEndDateChange(Assignment assignment) {
        if (assignment.isOverdue()) {
            throw DomainException.invalid("endDate", "assignment.endDate.overdue");
        }
        if (assignment.getPhase() == Phase.REPORTING) {
            throw DomainException.invalid("endDate", "assignment.finished");
        }
    }

    /** A status report of the past (the import's history), before the assignment's process starts. */
    void reportedBefore(Assignment assignment, LocalDate asOf, Status status, String text) {
        reports.save(new StatusReport(assignment, asOf, status, text, false, AuditLog.currentActorName(),
                OffsetDateTime.now(clock)));
        assignment.statusReported(status, asOf);
    }

    /** The explanation is the responsible person's; a manager's while the assignment has none. */
    private static void requireMayExplain(Assignment assignment) {
        if (assignment.getResponsible() != null) {
            requireResponsible(assignment);
        } else {
            requireManaging(assignment.getMunicipalityCode());
        }
    }

    /** Refused (403) unless the user has the role the overdue task is for (the manager's, or once escalated, the director's). */
    private static void requireRole(Role role) {
        CurrentUser.get().ifPresent(user -> {
            if (!user.hasRole(role)) {
                throw DomainException.forbidden(role == Role.MANAGER ? "assignment.overdue.managers"
                        : "assignment.overdue.directors");
            }
        });
    }

    // --- Checks before a request's body is read ({@code @AuthorizeSubject}) -------------------------------

    /** As {@link #reportStatus} checks its caller: 404 for another municipality's assignment, 403 but for its responsible person. */
    @Transactional(readOnly = true)
    public void checkMayReport(Long id) {
        requireResponsible(assignment(id));
    }

    /** As {@link #explainDeviation} checks its caller: 404 for another municipality's, 403 for anyone not entitled. */
    @Transactional(readOnly = true)
    public void checkMayExplain(Long id) {
        requireMayExplain(assignment(id));
    }

    /** As {@link #reassign} checks its caller: 404 for another municipality's, 403 unless its manager or director. */
    @Transactional(readOnly = true)
    public void checkMayManage(Long id) {
        requireManaging(assignment(id).getMunicipalityCode());
    }

    /**
     * As {@link #actOnOverdue} checks its caller: 404 for another municipality's, 403 unless its manager or director
     * and, while an overdue task is open, of the role the task is for.
     */
    @Transactional(readOnly = true)
    public void checkMayActOnOverdue(Long id) {
        Assignment assignment = assignment(id);
        requireManaging(assignment.getMunicipalityCode());
        Optional<org.camunda.bpm.engine.task.Task> managers = process.openTask(assignment, "ActOnOverdue");
        if (managers.isPresent()) {
            requireRole(Role.MANAGER);
        } else if (process.openTask(assignment, "DecideEscalation").isPresent()) {
            requireRole(Role.DIRECTOR);
        }
    }

    /** Refused (403) for anyone but the assignment's responsible person. */
    private static void requireResponsible(Assignment assignment) {
        CurrentUser.get().ifPresent(user -> {
            if (!user.getUsername().equals(assignment.getResponsible())) {
                throw DomainException.forbidden("assignment.status.notResponsible",
                        assignment.getResponsibleName() == null ? "–" : assignment.getResponsibleName());
            }
        });
    }

    /** The status as the audit log says it (Swedish, as in the follow-up reports). */
    static final Map<Status, String> STATUS_TEXT = Map.of(Status.ON_TRACK, "enligt plan", Status.DEVIATION,
            "avvikelse", Status.DONE, "klar");

    // --- Checking and applying --------------------------------------------------------------------------

    /** An organisation as the form names it: one that exists, or one to create (with its kind and board). */
    record BodyRef(Body existing, String name, BodyKind kind, Long boardId) {

        String key() {
            return existing != null ? existing.getNameKey() : Body.keyOf(name);
        }

        String shownName() {
            return existing != null ? existing.getName() : name.trim().replaceAll("\\s+", " ");
        }
    }

    record PartnerRef(BodyRef body, RelationType relation) {
    }

    /** A form that keeps every rule, with its references resolved; nothing of it is saved yet. */
    record Checked(String reference, Source source, Integer year, Long matterId, String registryNumber,
            Long paragraphId, String text, BodyRef lead, List<PartnerRef> partners, java.time.LocalDate start,
            java.time.LocalDate end, Long goalId, String responsible, String responsibleName, Reporting reporting) {

        /** The organisations the form names that do not exist yet (the import's dry run lists them). */
        List<BodyRef> newBodies() {
            List<BodyRef> found = new ArrayList<>();
            if (lead != null && lead.existing() == null) {
                found.add(lead);
            }
            partners.stream().map(PartnerRef::body).filter(body -> body.existing() == null).forEach(found::add);
            return found;
        }
    }

    /**
     * Checks a form against every rule and resolves what it names, without saving anything.
     *
     * @param self the assignment being changed (its own reference is no duplicate), or null for a new one
     */
    Checked check(Board board, AssignmentForm form, Long self) {
        String municipality = board.getMunicipality().getCode();
        String reference = TextLimits.requireAtMost(trimmed(form.getReference()), 100, "reference");
        if (reference == null) {
            throw DomainException.invalid("reference", "assignment.reference.required");
        }
        Optional<Assignment> sameReference = assignments.findByMunicipalityCodeAndReference(municipality, reference);
        if (sameReference.isPresent() && !sameReference.get().getId().equals(self)) {
            throw DomainException.invalid("reference", "assignment.reference.taken", reference);
        }
        String text = TextLimits.requireAtMost(trimmed(form.getText()), TextLimits.REASON, "text");
        if (text == null) {
            throw DomainException.invalid("text", "assignment.text.required");
        }
        AssignmentRules.checkSource(form.getSource(), form.getSourceYear(), form.getSourceRegistryNumber(),
                form.getSourceParagraphId());
        boolean decision = form.getSource() == Source.BOARD_DECISION;
        Long matterId = null;
        String registryNumber = null;
        if (decision && trimmed(form.getSourceRegistryNumber()) != null) {
            Matter matter = decisionMatter(municipality, board, form.getSourceRegistryNumber().trim());
            matterId = matter.getId();
            registryNumber = matter.getRegistryNumber().toString();
        }
        if (decision && form.getSourceParagraphId() != null) {
            Paragraph paragraph = decisionParagraph(municipality, board, form.getSourceParagraphId(), matterId);
            if (matterId == null && paragraph.getMatterId() != null) {
                matterId = paragraph.getMatterId();
                registryNumber = paragraph.getRegistryNumber();
            }
        }
        AssignmentRules.checkDates(form.getStartDate(), form.getEndDate());

        String boardKey = Body.keyOf(board.getName());
        String leadName = TextLimits.requireAtMost(trimmed(form.getLeadName()), TextLimits.NAME, "leadName");
        BodyRef lead = leadName == null || Body.keyOf(leadName).equals(boardKey) ? null
                : body(municipality, leadName, form.getLeadKind());
        List<PartnerRef> partners = new ArrayList<>();
        for (PartnerForm row : form.getPartners()) {
            if (row == null) {
                continue;
            }
            String name = TextLimits.requireAtMost(trimmed(row.getName()), TextLimits.NAME, "partners");
            if (name == null) {
                continue;
            }
            String code = trimmed(row.getRelation());
            if (code == null) {
                throw DomainException.invalid("partners", "assignment.relation.required", name);
            }
            RelationType relation = relations.findByMunicipalityCodeAndCode(municipality, code)
                    .orElseThrow(() -> DomainException.invalid("partners", "assignment.relation.unknown", code));
            partners.add(new PartnerRef(body(municipality, name, row.getKind()), relation));
        }
        AssignmentRules.checkPartners(
                lead == null ? new AssignmentRules.Named(boardKey, board.getName())
                        : new AssignmentRules.Named(lead.key(), lead.shownName()),
                partners.stream().map(partner -> new AssignmentRules.Named(partner.body().key(),
                        partner.body().shownName())).toList());

        Long goalId = null;
        if (form.getGoalId() != null) {
            Goal goal;
            try {
                goal = goals.goal(form.getGoalId());
            } catch (DomainException notVisible) {
                throw DomainException.invalid("goalId", "assignment.goal.unknown", form.getGoalId());
            }
            if (!goal.getMunicipalityCode().equals(municipality)) {
                throw DomainException.invalid("goalId", "assignment.goal.unknown", form.getGoalId());
            }
            goalId = goal.getId();
        }
        String responsible = trimmed(form.getResponsible());
        String responsibleName = null;
        if (responsible != null) {
            SignedInUser person = responsible(municipality, responsible);
            responsible = person.getUsername();
            responsibleName = person.getDisplayName();
        }
        Reporting reporting = form.getReporting() == null ? Reporting.FOLLOW_UP_REPORT : form.getReporting();
        return new Checked(reference, form.getSource(), form.getSource().hasYear() ? form.getSourceYear() : null,
                matterId, registryNumber, decision ? form.getSourceParagraphId() : null, text, lead, partners,
                form.getStartDate(), form.getEndDate(), goalId, responsible, responsibleName, reporting);
    }

    /**
     * Applies a checked form, creating the organisations it names that do not exist yet ({@code created} keeps
     * those made earlier in the same transaction, by name key, so that an import creates each once).
     */
    void apply(Assignment assignment, Checked checked, Map<String, Body> created) {
        String municipality = assignment.getMunicipalityCode();
        Body lead = checked.lead() == null ? null : resolve(municipality, checked.lead(), created);
        List<Partner> partners = checked.partners().stream()
                .map(partner -> new Partner(resolve(municipality, partner.body(), created), partner.relation()))
                .toList();
        assignment.change(checked.source(), checked.year(), checked.matterId(), checked.registryNumber(),
                checked.paragraphId(), checked.text(), lead, partners, checked.start(), checked.end(),
                checked.goalId(), checked.reporting());
        assignment.responsible(checked.responsible(), checked.responsibleName());
        taskSubjects.changed(assignment);
    }

    private Body resolve(String municipality, BodyRef ref, Map<String, Body> created) {
        if (ref.existing() != null) {
            return ref.existing();
        }
        return created.computeIfAbsent(ref.key(), key -> bodies.findByMunicipalityCodeAndNameKey(municipality, key)
                .orElseGet(() -> {
                    Body body = bodies.save(new Body(municipality, ref.name(), ref.kind(), ref.boardId()));
                    audit.record("BODY_CREATED", "AssignmentBody", body.getId(), municipality,
                            "Organisation skapad för uppdrag: " + body.getName(), "slag: " + body.getKind());
                    return body;
                }));
    }

    /** An organisation by its name: one the municipality knows, one of its boards, or a new one. */
    private BodyRef body(String municipality, String name, BodyKind kind) {
        String key = Body.keyOf(name);
        Optional<Body> known = bodies.findByMunicipalityCodeAndNameKey(municipality, key);
        if (known.isPresent()) {
            return new BodyRef(known.get(), null, null, null);
        }
        Optional<Board> board = organisation.boards(municipality).stream()
                .filter(candidate -> Body.keyOf(candidate.getName()).equals(key)).findFirst();
        if (board.isPresent()) {
            return new BodyRef(null, name, BodyKind.BOARD, board.get().getId());
        }
        return new BodyRef(null, name, kind == null ? AssignmentRules.kindOf(name) : kind, null);
    }

    /** The matter of a board decision: a matter of the same board, by its diarienummer. */
    private Matter decisionMatter(String municipality, Board board, String number) {
        RegistryNumber parsed = RegistryNumber.tryParse(number.toUpperCase(java.util.Locale.ROOT)).orElseThrow(
                () -> DomainException.invalid("sourceRegistryNumber", "assignment.sourceMatter.malformed", number));
        Matter matter;
        try {
            matter = registry.matterAt(municipality + ":" + parsed.toUrl());
        } catch (DomainException notVisible) {
            throw DomainException.invalid("sourceRegistryNumber", "assignment.sourceMatter.unknown", number);
        }
        if (!matter.getBoard().getId().equals(board.getId())) {
            throw DomainException.invalid("sourceRegistryNumber", "assignment.sourceMatter.otherBoard", number,
                    board.getName());
        }
        return matter;
    }

    /**
     * The paragraph of the minutes that gave the assignment, through the meeting module's public API: it must exist
     * in one of the caller's municipalities, be the same board's (of the same municipality), be decided (outcome
     * beslutat; an återremitterat, bordlagt or not yet handled item gives no assignment) and, when the form names
     * the decision's matter too, be that matter's paragraph.
     *
     * @throws DomainException 422 on {@code sourceParagraphId} otherwise, with the reason
     */
    private Paragraph decisionParagraph(String municipality, Board board, Long paragraphId, Long matterId) {
        Paragraph paragraph = meetings.findParagraph(paragraphId).orElseThrow(() -> DomainException.invalid(
                "sourceParagraphId", "assignment.sourceParagraph.unknown", String.valueOf(paragraphId)));
        Meeting meeting = paragraph.getMeeting();
        String label = paragraph.getLabel() == null ? String.valueOf(paragraphId) : paragraph.getLabel();
        if (!meeting.getMunicipalityCode().equals(municipality) || !meeting.getBoard().getId().equals(board.getId())) {
            throw DomainException.invalid("sourceParagraphId", "assignment.sourceParagraph.otherBoard", label,
                    meeting.getBoard().getName(), board.getName());
        }
        if (paragraph.getOutcome() != ParagraphOutcome.DECIDED) {
            throw DomainException.invalid("sourceParagraphId", "assignment.sourceParagraph.notDecided", label,
                    meeting.getDay().toString());
        }
        if (matterId != null && !matterId.equals(paragraph.getMatterId())) {
            throw DomainException.invalid("sourceParagraphId", "assignment.sourceParagraph.otherMatter", label,
                    meeting.getDay().toString());
        }
        return paragraph;
    }

    /** The responsible person: an enabled account of the municipality, case officer, manager or director. */
    SignedInUser responsible(String municipality, String username) {
        SignedInUser person;
        try {
            person = accounts.loadUserByUsername(username);
        } catch (UsernameNotFoundException unknown) {
            throw DomainException.invalid("responsible", "assignment.responsible.unknown", username);
        }
        if (!person.isEnabled() || !person.belongsTo(municipality)
                || RESPONSIBLE_ROLES.stream().noneMatch(person::hasRole)) {
            throw DomainException.invalid("responsible", "assignment.responsible.unknown", username);
        }
        return person;
    }

    // --- Access -----------------------------------------------------------------------------------------

    static boolean mayRead(String municipalityCode) {
        return CurrentUser.get().map(user -> user.belongsTo(municipalityCode)).orElse(true);
    }

    static void checkMunicipality(String municipalityCode) {
        if (!mayRead(municipalityCode)) {
            throw DomainException.notFound("assignment.notFound.municipality");
        }
    }

    /** Refused (403) unless the user manages the municipality's assignments; 404 for another municipality. */
    static void requireManaging(String municipalityCode) {
        checkMunicipality(municipalityCode);
        if (!mayManage(municipalityCode)) {
            throw DomainException.forbidden("assignment.managersOnly");
        }
    }

    // --- Audit ------------------------------------------------------------------------------------------

    /** What an audit event says of the assignment's fields before a change. */
    private record Snapshot(Source source, Integer year, String registryNumber, Long paragraphId, String text,
            String lead, String partners, java.time.LocalDate start, java.time.LocalDate end, Long goalId,
            String responsible, Reporting reporting) {

        static Snapshot of(Assignment assignment) {
            return new Snapshot(assignment.getSource(), assignment.getSourceYear(),
                    assignment.getSourceRegistryNumber(), assignment.getSourceParagraphId(), assignment.getText(),
                    assignment.getLeadName(), partnersOf(assignment), assignment.getStartDate(),
                    assignment.getEndDate(), assignment.getGoalId(), assignment.getResponsible(),
                    assignment.getReporting());
        }
    }

    static String partnersOf(Assignment assignment) {
        return assignment.getPartners().stream()
                .map(partner -> partner.getRelation().getName() + " " + partner.getBody().getName())
                .collect(Collectors.joining(", "));
    }

    private static Changes describe(Snapshot before, Assignment after) {
        Snapshot now = Snapshot.of(after);
        Snapshot was = before == null ? new Snapshot(null, null, null, null, null, null, null, null, null, null,
                null, null) : before;
        return Changes.start().field("källa", was.source(), now.source()).field("år", was.year(), now.year())
                .field("beslutsärende", was.registryNumber(), now.registryNumber())
                .field("paragraf", was.paragraphId(), now.paragraphId())
                .field("lydelse", was.text(), now.text()).field("ansvarig organisation", was.lead(), now.lead())
                .field("samverkan", blankToNull(was.partners()), blankToNull(now.partners()))
                .field("startdatum", was.start(), now.start()).field("slutdatum", was.end(), now.end())
                .field("mål", was.goalId(), now.goalId()).field("ansvarig", was.responsible(), now.responsible())
                .field("redovisning", was.reporting(), now.reporting());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
