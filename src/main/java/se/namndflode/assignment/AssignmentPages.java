package se.namndflode.assignment;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Min;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.namndflode.goal.Goal;
import se.namndflode.goal.Goals;
import se.namndflode.organisation.Accounts;
import se.namndflode.organisation.Organisation;
import se.namndflode.organisation.UserAccount;
import se.namndflode.shared.security.CurrentUser;
import se.namndflode.shared.security.Role;
import se.namndflode.shared.web.DomainException;
import se.namndflode.shared.web.FormSubmission;

/**
 * The manager's overview of assignments ({@code /uppdrag}), an assignment's page with the work of its tasks (the
 * status report, the explanation of a deviation, appointing or changing the responsible person, the action on an
 * overdue assignment), registering and changing an assignment, and the import with its dry run. A refused form
 * stays on its page with the Swedish reason beside the field.
 */
@Controller
@RequestMapping("/uppdrag")
class AssignmentPages {

    static final String OVERVIEW = "assignment/overview";
    static final String PAGE = "assignment/assignment";
    static final String FORM = "assignment/form";
    static final String IMPORT = "assignment/import";
    /** Empty partner rows a form offers to fill in. */
    static final int PARTNER_ROWS = 6;

    private final Assignments assignments;
    private final AssignmentOverview overview;
    private final AssignmentImport imports;
    private final Organisation organisation;
    private final Accounts accounts;
    private final Goals goals;
    private final Clock clock;

    AssignmentPages(Assignments assignments, AssignmentOverview overview, AssignmentImport imports,
            Organisation organisation, Accounts accounts, Goals goals, Clock clock) {
        this.assignments = assignments;
        this.overview = overview;
        this.imports = imports;
        this.organisation = organisation;
        this.accounts = accounts;
        this.goals = goals;
        this.clock = clock;
    }

    // --- The overview -----------------------------------------------------------------------------------

    @GetMapping
    @PreAuthorize(AssignmentRoles.MANAGE)
    String overview(@RequestParam(required = false) Long boardId, @RequestParam(required = false) Long goalId,
            @RequestParam(required = false) String responsible, @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) Boolean deviation, @RequestParam(required = false) Boolean atRisk,
            @RequestParam(required = false) AssignmentFilter.Scope scope, @RequestParam(defaultValue = "0") @Min(0) int page,
            Model model) {
        AssignmentFilter filter = new AssignmentFilter(boardId, goalId, blankToNull(responsible), overdue, deviation,
                atRisk, scope);
        Page<Assignment> found = overview.page(filter, page);
        model.addAttribute("filter", filter);
        model.addAttribute("assignments", found);
        model.addAttribute("counts", overview.counts(filter));
        model.addAttribute("boards", organisation.boards());
        model.addAttribute("goals", goalChoices());
        model.addAttribute("responsibles", responsibleChoices());
        model.addAttribute("today", LocalDate.now(clock));
        return OVERVIEW;
    }

    // --- One assignment ---------------------------------------------------------------------------------

    @GetMapping("/{id}")
    @PreAuthorize(AssignmentRoles.READ)
    String assignment(@PathVariable Long id, Model model) {
        addPage(id, model);
        return PAGE;
    }

    @PostMapping("/{id}/status")
    @PreAuthorize(AssignmentRoles.REPORT)
    String reportStatus(@PathVariable Long id, @Valid @ModelAttribute("statusForm") StatusReportForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        return onPage(id, "status", result, model,
                () -> FormSubmission.submit(result, PAGE, () -> assignments.reportStatus(id, form),
                        done -> back(id, redirect)));
    }

    @PostMapping("/{id}/forklaring")
    @PreAuthorize(AssignmentRoles.REPORT)
    String explain(@PathVariable Long id, @Valid @ModelAttribute("explanationForm") ExplanationForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        return onPage(id, "explanation", result, model,
                () -> FormSubmission.submit(result, PAGE, () -> assignments.explainDeviation(id, form),
                        done -> back(id, redirect)));
    }

    @PostMapping("/{id}/ansvarig")
    @PreAuthorize(AssignmentRoles.MANAGE)
    String reassign(@PathVariable Long id, @Valid @ModelAttribute("reassignForm") ReassignForm form,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return onPage(id, "reassign", result, model,
                () -> FormSubmission.submit(result, PAGE, () -> assignments.reassign(id, form),
                        done -> back(id, redirect), response));
    }

    @PostMapping("/{id}/atgard")
    @PreAuthorize(AssignmentRoles.MANAGE)
    String actOnOverdue(@PathVariable Long id, @Valid @ModelAttribute("overdueForm") OverdueActionForm form,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return onPage(id, "overdue", result, model,
                () -> FormSubmission.submit(result, PAGE, () -> assignments.actOnOverdue(id, form),
                        done -> back(id, redirect), response));
    }

    /**
     * Submits one of the page's forms; a refused one stays on the page with its errors. The page then shows the
     * assignment as it is now, and its forms carry its version now: after "someone else changed it" (409) the person
     * sees the current responsible person and dates before choosing again.
     */
    private String onPage(Long id, String form, BindingResult result, Model model, Supplier<String> submit) {
        String view = submit.get();
        if (result.hasErrors()) {
            model.addAttribute("refused", form);
            addPage(id, model);
        }
        return view;
    }

    private void addPage(Long id, Model model) {
        Assignment assignment = assignments.assignment(id);
        List<String> open = assignments.openTasks(id);
        boolean manages = Assignments.mayManage(assignment.getMunicipalityCode());
        boolean responsible = CurrentUser.get().map(user -> user.getUsername().equals(assignment.getResponsible()))
                .orElse(false);
        List<StatusReport> reports = assignments.statusReports(id);
        boolean unexplained = reports.stream().anyMatch(StatusReport::isUnexplained);
        model.addAttribute("assignment", assignment);
        model.addAttribute("reports", reports);
        model.addAttribute("openTasks", open);
        model.addAttribute("goal", assignment.getGoalId() == null ? null : goalOrNull(assignment.getGoalId()));
        model.addAttribute("manages", manages);
        model.addAttribute("mayReport", responsible && (assignment.getPhase() == Phase.IN_PROGRESS));
        model.addAttribute("statusDue", open.contains("ReportStatus"));
        model.addAttribute("mayExplain", unexplained && (responsible
                || assignment.getResponsible() == null && manages));
        model.addAttribute("mayReassign", manages && assignment.getPhase() != Phase.COMPLETED);
        boolean managerAct = open.contains("ActOnOverdue") && CurrentUser.get()
                .map(user -> user.hasRole(Role.MANAGER)).orElse(false);
        boolean directorAct = open.contains("DecideEscalation") && CurrentUser.get()
                .map(user -> user.hasRole(Role.DIRECTOR)).orElse(false);
        model.addAttribute("mayAct", manages && (managerAct || directorAct));
        model.addAttribute("actions", directorAct && !managerAct
                ? List.of(OverdueAction.EXTEND, OverdueAction.REASSIGN) : List.of(OverdueAction.values()));
        model.addAttribute("responsibles", responsibleChoices(assignment.getMunicipalityCode()));
        if (!model.containsAttribute("statusForm")) {
            model.addAttribute("statusForm", new StatusReportForm());
        }
        if (!model.containsAttribute("explanationForm")) {
            model.addAttribute("explanationForm", new ExplanationForm());
        }
        if (!model.containsAttribute("reassignForm")) {
            model.addAttribute("reassignForm", new ReassignForm());
        }
        if (!model.containsAttribute("overdueForm")) {
            model.addAttribute("overdueForm", new OverdueActionForm());
        }
    }

    private static String back(Long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("saved", "uppdraget");
        redirect.addAttribute("id", id);
        return "redirect:/uppdrag/{id}";
    }

    // --- Registering and changing -----------------------------------------------------------------------

    @GetMapping("/nytt")
    @PreAuthorize(AssignmentRoles.MANAGE)
    String newForm(Model model) {
        AssignmentForm form = new AssignmentForm();
        form.setSource(Source.OPERATIONAL_PLAN);
        form.setSourceYear(LocalDate.now(clock).getYear());
        addForm(form, null, model);
        return FORM;
    }

    @PostMapping("/nytt")
    @PreAuthorize(AssignmentRoles.MANAGE)
    String create(@Valid @ModelAttribute("form") AssignmentForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        addForm(form, null, model);
        return FormSubmission.submit(result, FORM, () -> assignments.create(form),
                saved -> back(saved.getId(), redirect));
    }

    @GetMapping("/{id}/andra")
    @PreAuthorize(AssignmentRoles.MANAGE)
    String editForm(@PathVariable Long id, Model model) {
        Assignment assignment = assignments.assignment(id);
        Assignments.requireManaging(assignment.getMunicipalityCode());
        addForm(AssignmentForm.of(assignment), assignment, model);
        return FORM;
    }

    /**
     * Saves the changed assignment. When someone else changed it since the form was opened (409), the form comes
     * back filled with the assignment as it is now and the reason, naming its responsible person and end date now:
     * the person's own changes are not saved, and they make them again on what now stands.
     */
    @PostMapping("/{id}/andra")
    @PreAuthorize(AssignmentRoles.MANAGE)
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") AssignmentForm form, BindingResult result,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        addForm(form, assignments.assignment(id), model);
        String view = FormSubmission.submit(result, FORM, () -> assignments.update(id, form),
                saved -> back(saved.getId(), redirect), response);
        if (response.getStatus() == HttpStatus.CONFLICT.value()) {
            Assignment current = assignments.assignment(id);
            AssignmentForm fresh = AssignmentForm.of(current);
            BindingResult refusal = new BeanPropertyBindingResult(fresh, "form");
            result.getGlobalErrors().forEach(refusal::addError);
            addForm(fresh, current, model);
            // After the form: replacing the form in the model drops the binding result that belonged to the old one.
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", refusal);
        }
        return view;
    }

    private void addForm(AssignmentForm form, Assignment assignment, Model model) {
        while (form.getPartners().size() < PARTNER_ROWS
                || form.getPartners().stream().noneMatch(row -> blankToNull(row.getName()) == null)) {
            form.getPartners().add(new PartnerForm());
        }
        model.addAttribute("form", form);
        model.addAttribute("assignment", assignment);
        model.addAttribute("boards", organisation.boards());
        model.addAttribute("goals", goalChoices());
        model.addAttribute("responsibles", responsibleChoices());
        Map<String, String> relations = new LinkedHashMap<>();
        Map<String, String> bodies = new LinkedHashMap<>();
        for (String code : CurrentUser.municipalityCodes()) {
            assignments.relationTypes(code).forEach(type -> relations.putIfAbsent(type.getCode(), type.getName()));
            assignments.bodies(code).forEach(body -> bodies.putIfAbsent(body.getNameKey(), body.getName()));
        }
        model.addAttribute("relations", relations);
        model.addAttribute("organisations", bodies.values());
    }

    // --- Import -----------------------------------------------------------------------------------------

    @GetMapping("/import")
    @PreAuthorize(AssignmentRoles.MANAGE)
    String importForm() {
        return IMPORT;
    }

    @PostMapping("/import")
    @PreAuthorize(AssignmentRoles.MANAGE)
    String importFile(@RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String text, @RequestParam(defaultValue = "false") boolean dryRun,
            Model model) throws java.io.IOException {
        String content = file != null && !file.isEmpty() ? new String(file.getBytes(), StandardCharsets.UTF_8)
                : text;
        model.addAttribute("text", file != null && !file.isEmpty() ? null : text);
        try {
            model.addAttribute("result", imports.importFile(imports.read(content), dryRun));
        } catch (DomainException refusal) {
            if (refusal.status() == org.springframework.http.HttpStatus.FORBIDDEN) {
                throw refusal;
            }
            model.addAttribute("refusal", refusal);
            Object rows = refusal.properties().get("refused");
            model.addAttribute("refusedRows", rows instanceof List<?> list ? list : List.of());
        }
        return IMPORT;
    }

    // --- Choices ----------------------------------------------------------------------------------------

    /** The goals of the plans of last year, this year and next, in the user's municipalities. */
    private List<Goal> goalChoices() {
        int year = LocalDate.now(clock).getYear();
        List<Goal> found = new ArrayList<>();
        for (int plan = year - 1; plan <= year + 1; plan++) {
            found.addAll(goals.goals(plan));
        }
        return found;
    }

    private Goal goalOrNull(Long goalId) {
        try {
            return goals.goal(goalId);
        } catch (DomainException notVisible) {
            return null;
        }
    }

    /** The people who may be responsible for assignments: case officers, managers and directors, by name. */
    private List<UserAccount> responsibleChoices() {
        return accounts.visibleAccounts().stream().filter(UserAccount::isEnabled)
                .filter(account -> account.getRoles().stream().anyMatch(Assignments.RESPONSIBLE_ROLES::contains))
                .toList();
    }

    private List<UserAccount> responsibleChoices(String municipalityCode) {
        return responsibleChoices().stream().filter(account -> account.getMunicipalities().stream()
                .anyMatch(municipality -> municipality.getCode().equals(municipalityCode))).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
