package se.namndflode.tasks;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Min;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.namndflode.organisation.Organisation;
import se.namndflode.registry.MatterKind;
import se.namndflode.shared.security.CurrentUser;
import se.namndflode.shared.security.Role;
import se.namndflode.shared.web.FormSubmission;

/** "Mina uppgifter", "Gruppens uppgifter" and each task's own page with its form. */
@Controller
@RequestMapping("/uppgifter")
@PreAuthorize(TaskPages.STAFF)
class TaskPages {

    static final String STAFF = "hasAnyRole('CASE_OFFICER', 'MANAGER', 'DIRECTOR', 'REGISTRAR', 'SECRETARY')";

    private final TaskList tasks;
    private final TaskWork work;
    private final Organisation organisation;

    TaskPages(TaskList tasks, TaskWork work, Organisation organisation) {
        this.tasks = tasks;
        this.work = work;
        this.organisation = organisation;
    }

    @GetMapping
    String mine(@RequestParam(required = false) Long boardId, @RequestParam(required = false) MatterKind kind,
            @RequestParam(required = false) TaskFilter.Due due, @RequestParam(required = false) TaskFilter.Sort sort,
            @RequestParam(defaultValue = "0") @Min(0) int page, Model model) {
        TaskFilter filter = new TaskFilter(boardId, kind, due, sort);
        return list("mine", filter, tasks.mine(filter, page), model);
    }

    @GetMapping("/grupp")
    String group(@RequestParam(required = false) Long boardId, @RequestParam(required = false) MatterKind kind,
            @RequestParam(required = false) TaskFilter.Due due, @RequestParam(required = false) TaskFilter.Sort sort,
            @RequestParam(required = false) Role role, @RequestParam(defaultValue = "0") @Min(0) int page, Model model) {
        TaskFilter filter = new TaskFilter(boardId, kind, due, sort, role);
        // The roles whose free tasks the user sees: the choices of the role filter.
        model.addAttribute("roles", CurrentUser.require().getRoles().stream().sorted().toList());
        return list("group", filter, tasks.group(filter, page), model);
    }

    private String list(String scope, TaskFilter filter, org.springframework.data.domain.Page<TaskRow> rows,
            Model model) {
        model.addAttribute("scope", scope);
        model.addAttribute("filter", filter);
        model.addAttribute("tasks", rows);
        model.addAttribute("boards", organisation.boards());
        model.addAttribute("path", "group".equals(scope) ? "/uppgifter/grupp" : "/uppgifter");
        return "tasks/list";
    }

    @PostMapping("/{taskId}/ta")
    String claim(@PathVariable String taskId) {
        tasks.claim(taskId);
        return "redirect:/uppgifter/" + taskId;
    }

    @PostMapping("/{taskId}/lamna")
    String unclaim(@PathVariable String taskId) {
        tasks.unclaim(taskId);
        return "redirect:/uppgifter/grupp";
    }

    @GetMapping("/{taskId}")
    String task(@PathVariable String taskId, Model model) {
        TaskRow row = tasks.task(taskId);
        if (row.isOtherSubject()) {
            // An assignment's task is done on the assignment's page.
            return "redirect:" + row.link();
        }
        prepare(taskId, model);
        model.addAttribute("form", new TaskCompletion());
        return "tasks/task";
    }

    @PostMapping("/{taskId}")
    String complete(@PathVariable String taskId, @Valid @ModelAttribute("form") TaskCompletion form,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        prepare(taskId, model);
        return FormSubmission.submit(result, "tasks/task", () -> work.complete(taskId, form), done -> {
            redirect.addFlashAttribute("saved", done.name() + " – " + done.registryNumber());
            return "redirect:/uppgifter";
        }, response);
    }

    private void prepare(String taskId, Model model) {
        TaskRow task = tasks.task(taskId);
        model.addAttribute("task", task);
        model.addAttribute("holds", tasks.holds(taskId));
        model.addAttribute("mayClaim", tasks.mayClaim(taskId));
        model.addAttribute("notes", "PrepareStaffReport".equals(task.activityId()) ? work.notes(taskId) : List.of());
        if (task.isMeetingTask()) {
            return;
        }
        switch (task.activityId()) {
            case "AssignCaseOfficer" -> {
                model.addAttribute("caseOfficers", work.caseOfficerChoices(taskId));
                model.addAttribute("matterVersion", work.matterVersion(taskId));
            }
            case "ReviewStaffReport", "ApproveForBoard" -> {
                model.addAttribute("report", work.reportHtml(taskId).orElse(null));
                model.addAttribute("changesSince", work.reviewBaseline(taskId).orElse(null));
            }
            case "PlaceOnAgenda" -> model.addAttribute("meetings", work.meetingChoices(taskId));
            default -> { }
        }
    }
}
