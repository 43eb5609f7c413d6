package se.namndflode.assignment;

import jakarta.validation.constraints.Min;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.data.domain.Page;
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
import se.namndflode.shared.web.AuthorizeSubject;

/**
 * Assignments, their status reports, the manager's actions and the overview as JSON, with the same roles and
 * rules as the pages. Refusals are RFC 9457 problems with a Swedish {@code detail}: 400 for a body that does not
 * bind or validate, 403 for a role or person not allowed (checked before the body is read), 404 for another
 * municipality's assignment, 409 for a stale {@code version} or a change made meanwhile, 422 for a broken rule
 * (with its {@code field}).
 *
 * <p>Every change of an existing assignment (its fields and dates, its responsible person, the action on it once
 * overdue) carries the assignment's {@code version} as the caller read it, as a field of the JSON body — as the
 * meeting console's changes do. Without it: 400 {@code version-required} (field {@code version}). A stale one:
 * 409 {@code concurrent-change} whose {@code detail} names the responsible person and end date now and whose
 * {@code current} ({@link Assignments.CurrentState}) gives the assignment's state and version now; nothing is
 * changed.
 */
@RestController
@RequestMapping("/api/v1/assignments")
@Tag(name = "Uppdrag", description = "Uppdrag (KF-uppdrag, KF-aktiviteter, verksamhetsplan, nämndbeslut), "
        + "statusrapporter, åtgärder och översikten")
class AssignmentApi {

    record PartnerView(String organisation, BodyKind kind, String relation, String relationName) {
    }

    record AssignmentView(Long id, String municipality, String reference, Long boardId, String board, Source source,
            Integer sourceYear, String sourceRegistryNumber, Long sourceParagraphId, String text, String lead,
            BodyKind leadKind, List<PartnerView> partners, LocalDate startDate, LocalDate endDate, Long goalId,
            String responsible, String responsibleName, Reporting reporting, Phase phase, Status latestStatus,
            LocalDate latestStatusOn, LocalDate nextReportOn, boolean reminded, LocalDate overdueSince,
            boolean overdue, boolean deviating, String reportRegistryNumber, String reportedIn,
            LocalDate completedOn, long version) {

        static AssignmentView of(Assignment assignment) {
            return new AssignmentView(assignment.getId(), assignment.getMunicipalityCode(),
                    assignment.getReference(), assignment.getBoard().getId(), assignment.getBoard().getName(),
                    assignment.getSource(), assignment.getSourceYear(), assignment.getSourceRegistryNumber(),
                    assignment.getSourceParagraphId(), assignment.getText(), assignment.getLeadName(),
                    assignment.getLead() == null ? null : assignment.getLead().getKind(),
                    assignment.getPartners().stream().map(partner -> new PartnerView(partner.getBody().getName(),
                            partner.getBody().getKind(), partner.getRelation().getCode(),
                            partner.getRelation().getName())).toList(),
                    assignment.getStartDate(), assignment.getEndDate(), assignment.getGoalId(),
                    assignment.getResponsible(), assignment.getResponsibleName(), assignment.getReporting(),
                    assignment.getPhase(), assignment.getLatestStatus(), assignment.getLatestStatusOn(),
                    assignment.getNextReportOn(), assignment.getRemindedAt() != null, assignment.getOverdueSince(),
                    assignment.isOverdue(), assignment.isDeviating(), assignment.getReportRegistryNumber(),
                    assignment.getReportedIn(), assignment.getCompletedOn(), assignment.getVersion());
        }
    }

    record StatusReportView(Long id, LocalDate asOf, Status status, String text, boolean automatic,
            String reportedBy, OffsetDateTime reportedAt, String explainedBy) {

        static StatusReportView of(StatusReport report) {
            return new StatusReportView(report.getId(), report.getAsOf(), report.getStatus(), report.getText(),
                    report.isAutomatic(), report.getReportedBy(), report.getReportedAt(), report.getExplainedBy());
        }
    }

    /** An assignment with its status reports (newest first) and the steps of its open tasks. */
    record AssignmentDetail(AssignmentView assignment, List<StatusReportView> statusReports, List<String> openTasks) {
    }

    record AssignmentPage(List<AssignmentView> items, int page, int size, long total, int totalPages,
            AssignmentOverview.Counts counts) {
    }

    record NamedView(String code, String name) {
    }

    /** How a change says which version it was made on (in each changing operation's OpenAPI summary). */
    static final String VERSIONED = " version i kroppen är uppdragets version som du läste (saknas: 400; någon annan "
            + "har ändrat sedan dess: 409 med läget nu i current)";

    private final Assignments assignments;
    private final AssignmentOverview overview;
    private final AssignmentImport imports;

    AssignmentApi(Assignments assignments, AssignmentOverview overview, AssignmentImport imports) {
        this.assignments = assignments;
        this.overview = overview;
        this.imports = imports;
    }

    @GetMapping
    @PreAuthorize(AssignmentRoles.MANAGE)
    @Operation(summary = "Översikten: användarens kommuners uppdrag, filtrerade och sidindelade (25 per sida), "
            + "tidigast slutdatum först, med antal försenade, avvikande och i riskzonen inom filtret")
    AssignmentPage list(@RequestParam(required = false) Long boardId, @RequestParam(required = false) Long goalId,
            @Parameter(description = "Ansvarig persons användarnamn") @RequestParam(required = false)
            String responsible,
            @RequestParam(required = false) Boolean overdue, @RequestParam(required = false) Boolean deviation,
            @RequestParam(required = false) Boolean atRisk,
            @Parameter(description = "OPEN (standard), COMPLETED eller ALL") @RequestParam(required = false)
            AssignmentFilter.Scope scope, @RequestParam(defaultValue = "0") @Min(0) int page) {
        AssignmentFilter filter = new AssignmentFilter(boardId, goalId, responsible, overdue, deviation, atRisk,
                scope);
        Page<Assignment> found = overview.page(filter, page);
        return new AssignmentPage(found.getContent().stream().map(AssignmentView::of).toList(), found.getNumber(),
                found.getSize(), found.getTotalElements(), found.getTotalPages(), overview.counts(filter));
    }

    @GetMapping("/{id}")
    @PreAuthorize(AssignmentRoles.READ)
    @Operation(summary = "Ett uppdrag med statusrapporter och öppna uppgifter")
    AssignmentDetail assignment(@PathVariable Long id) {
        return detail(assignments.assignment(id));
    }

    @PostMapping
    @PreAuthorize(AssignmentRoles.MANAGE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Registrera ett uppdrag (startar dess process)")
    AssignmentDetail create(@Valid @RequestBody AssignmentForm form) {
        return detail(assignments.create(form));
    }

    @PutMapping("/{id}")
    @PreAuthorize(AssignmentRoles.MANAGE)
    @Operation(summary = "Ändra ett uppdrag;" + VERSIONED)
    AssignmentDetail update(@PathVariable Long id, @Valid @RequestBody AssignmentForm form) {
        return detail(assignments.update(id, form));
    }

    @GetMapping("/{id}/status-reports")
    @PreAuthorize(AssignmentRoles.READ)
    @Operation(summary = "Uppdragets statusrapporter, senaste först")
    List<StatusReportView> statusReports(@PathVariable Long id) {
        return assignments.statusReports(id).stream().map(StatusReportView::of).toList();
    }

    @PostMapping("/{id}/status-reports")
    @PreAuthorize(AssignmentRoles.REPORT)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Lämna statusrapport (den ansvariga personen): ON_TRACK, DEVIATION (text krävs) eller DONE")
    @AuthorizeSubject("@assignments.checkMayReport(#id)")
    StatusReportView reportStatus(@PathVariable Long id, @Valid @RequestBody StatusReportForm form) {
        return StatusReportView.of(assignments.reportStatus(id, form));
    }

    @PostMapping("/{id}/deviation-explanation")
    @PreAuthorize(AssignmentRoles.REPORT)
    @Operation(summary = "Förklara avvikelsen som registrerades när uppdraget blev försenat (den ansvariga personen)")
    @AuthorizeSubject("@assignments.checkMayExplain(#id)")
    StatusReportView explain(@PathVariable Long id, @Valid @RequestBody ExplanationForm form) {
        return StatusReportView.of(assignments.explainDeviation(id, form));
    }

    @PostMapping("/{id}/responsible")
    @PreAuthorize(AssignmentRoles.MANAGE)
    @Operation(summary = "Utse eller byt ansvarig person; uppgifterna följer med;" + VERSIONED)
    @AuthorizeSubject("@assignments.checkMayManage(#id)")
    AssignmentDetail reassign(@PathVariable Long id, @Valid @RequestBody ReassignForm form) {
        return detail(assignments.reassign(id, form));
    }

    @PostMapping("/{id}/overdue-action")
    @PreAuthorize(AssignmentRoles.MANAGE)
    @Operation(summary = "Åtgärda ett försenat uppdrag: EXTEND (newEndDate och reason), REASSIGN (responsible) "
            + "eller ESCALATE (chefen); eskalerat: förvaltningschefen förlänger eller omfördelar;" + VERSIONED)
    @AuthorizeSubject("@assignments.checkMayActOnOverdue(#id)")
    AssignmentDetail actOnOverdue(@PathVariable Long id, @Valid @RequestBody OverdueActionForm form) {
        return detail(assignments.actOnOverdue(id, form));
    }

    @PostMapping("/import")
    @PreAuthorize(AssignmentRoles.MANAGE)
    @Operation(summary = "Importera uppdrag (docs/assignment-import.md); dryRun=true sparar inget och listar varje "
            + "avvisad rad med skäl; en avvisad rad avvisar hela filen (422 med listan i refused)")
    AssignmentImport.Result importFile(@RequestBody String file, @RequestParam(defaultValue = "false") boolean dryRun) {
        return imports.importFile(imports.read(file), dryRun);
    }

    @GetMapping("/relation-types")
    @PreAuthorize(AssignmentRoles.READ)
    @Operation(summary = "Kommunens relationstyper (i samråd med, i samarbete med, ...)")
    List<NamedView> relationTypes(@RequestParam String municipality) {
        return assignments.relationTypes(municipality).stream()
                .map(type -> new NamedView(type.getCode(), type.getName())).toList();
    }

    @GetMapping("/organisations")
    @PreAuthorize(AssignmentRoles.READ)
    @Operation(summary = "Organisationer som kommunens uppdrag nämner, med slag")
    List<NamedView> organisations(@RequestParam String municipality) {
        return assignments.bodies(municipality).stream()
                .map(body -> new NamedView(body.getKind().name(), body.getName())).toList();
    }

    private AssignmentDetail detail(Assignment assignment) {
        return new AssignmentDetail(AssignmentView.of(assignment),
                assignments.statusReports(assignment.getId()).stream().map(StatusReportView::of).toList(),
                assignments.openTasks(assignment.getId()));
    }
}
