package se.namndflode.followup;

import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import se.namndflode.goal.Goals;
import se.namndflode.goal.ReportingPeriod;
import se.namndflode.organisation.Board;
import se.namndflode.organisation.Organisation;
import se.namndflode.registry.RegistryNumber;
import se.namndflode.shared.security.CurrentUser;
import se.namndflode.shared.web.DomainException;
import se.namndflode.shared.web.FormSubmission;

/**
 * The follow-up pages: the list with the manager's start form ({@code /uppfoljning}), a follow-up's progress
 * ({@code /uppfoljning/{id}}: the owners and their missing outcomes with links to enter them, the goals level by
 * level with the DMN proposal and the decided rating and a link to assess those whose task is open, the
 * assignments, the report and the board matter), the manager's decision on missing outcomes, and the report as
 * HTML and PDF. Outcomes and assessments are entered on the goal pages, which keep the process in step.
 */
@Controller
@RequestMapping("/uppfoljning")
class FollowUpPages {

    private final FollowUps followUps;
    private final Organisation organisation;
    private final Goals goals;
    private final Clock clock;
    private final MessageSource messages;

    FollowUpPages(FollowUps followUps, Organisation organisation, Goals goals, Clock clock, MessageSource messages) {
        this.followUps = followUps;
        this.organisation = organisation;
        this.goals = goals;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize(FollowUpRoles.READ)
    String list(Model model) {
        FollowUpForm form = new FollowUpForm();
        form.setPlanYear(LocalDate.now(clock).getYear());
        form.setPeriodCode("T1");
        return listPage(form, model);
    }

    @PostMapping
    @PreAuthorize(FollowUpRoles.MANAGE)
    String start(@Valid @ModelAttribute("form") FollowUpForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return FormSubmission.submit(result, "followup/list", () -> followUps.start(form), started -> {
            redirect.addFlashAttribute("notice", "followUp.page.started");
            return "redirect:/uppfoljning/" + started.getId();
        }).transform(view -> view.startsWith("redirect:") ? view : listPage(form, model));
    }

    @GetMapping("/{id}")
    @PreAuthorize(FollowUpRoles.READ)
    String followUp(@PathVariable Long id, Model model) {
        FollowUps.Progress progress = followUps.progress(id);
        model.addAttribute("progress", progress);
        model.addAttribute("followUp", followUps.followUp(id));
        model.addAttribute("username", CurrentUser.require().getUsername());
        model.addAttribute("mayManage", FollowUps.mayManage(progress.municipalityCode()));
        model.addAttribute("matterUrl", progress.registryNumber() == null ? null
                : "/arenden/" + RegistryNumber.parse(progress.registryNumber()).toUrl());
        Map<Integer, String> levels = new LinkedHashMap<>();
        progress.goals().stream().sorted(java.util.Comparator.comparingInt(FollowUps.GoalProgress::depth).reversed())
                .forEach(goal -> levels.putIfAbsent(goal.depth(), goal.levelName()));
        model.addAttribute("levels", levels);
        return "followup/followup";
    }

    @PostMapping("/{id}/fortsatt")
    @PreAuthorize(FollowUpRoles.MANAGE)
    String continueWithoutMissing(@PathVariable Long id, @RequestParam long version, Locale locale,
            RedirectAttributes redirect) {
        return change(id, () -> followUps.continueWithoutMissing(id, version), "followUp.page.continued", locale,
                redirect);
    }

    @PostMapping("/{id}/analys")
    @PreAuthorize(FollowUpRoles.MANAGE)
    String writeSummaryAnalysis(@PathVariable Long id, @RequestParam(required = false) String summaryAnalysis,
            @RequestParam long version, Locale locale, RedirectAttributes redirect) {
        return change(id, () -> followUps.writeSummaryAnalysis(id, summaryAnalysis, version),
                "followUp.page.summaryWritten", locale, redirect);
    }

    /**
     * A change made from the follow-up page, back to it with a notice, or the refusal's message with its values
     * filled in ("högst 4000 tecken"; a concurrent change as such); a follow-up the user may not see stays "not
     * found".
     */
    private String change(Long id, Runnable action, String notice, Locale locale, RedirectAttributes redirect) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (DomainException refused) {
            if (refused.status() == org.springframework.http.HttpStatus.NOT_FOUND) {
                throw refused;
            }
            redirect.addFlashAttribute("refusal", messages.getMessage(refused.messageKey(), refused.arguments(),
                    refused.messageKey(), locale));
        } catch (org.springframework.dao.OptimisticLockingFailureException changed) {
            redirect.addFlashAttribute("refusal", messages.getMessage("problem.concurrent-change", null, locale));
        }
        return "redirect:/uppfoljning/" + id;
    }

    @GetMapping(value = "/{id}/rapport", produces = MediaType.TEXT_HTML_VALUE)
    @PreAuthorize(FollowUpRoles.READ)
    ResponseEntity<String> reportHtml(@PathVariable Long id) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(followUps.report(id).html());
    }

    @GetMapping(value = "/{id}/rapport.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize(FollowUpRoles.READ)
    ResponseEntity<byte[]> reportPdf(@PathVariable Long id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(followUps.report(id).pdf());
    }

    private String listPage(FollowUpForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("followUps", followUps.followUps());
        Map<String, String> boards = new LinkedHashMap<>();
        Map<String, String> periods = new LinkedHashMap<>();
        for (Board board : organisation.boards()) {
            String municipality = board.getMunicipality().getCode();
            if (FollowUps.mayManage(municipality)) {
                boards.put(String.valueOf(board.getId()), board.getName());
                for (ReportingPeriod period : goals.periods(municipality)) {
                    periods.putIfAbsent(period.getCode(), period.getName());
                }
            }
        }
        model.addAttribute("boardChoices", boards);
        model.addAttribute("periodChoices", periods);
        return "followup/list";
    }
}
