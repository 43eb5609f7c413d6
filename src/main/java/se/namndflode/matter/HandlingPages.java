package se.namndflode.matter;

import jakarta.validation.Valid;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.namndflode.registry.Matter;
import se.namndflode.shared.security.Role;
import se.namndflode.shared.web.FormSubmission;

/**
 * Where a matter stands in the board-matter process, and the forms by which the secretary records the justering
 * (until the minutes capability exists) and a manager writes a matter off. The board's handling of the matter
 * (decided, återremiss, bordläggning, reported) is recorded at the meeting it is on, not here.
 */
@Controller
@RequestMapping("/arenden/{number}/handlaggning")
@PreAuthorize(MatterRoles.STAFF)
class HandlingPages {

    static final String VIEW = "matter/handling";

    private static final String APPEAL_TIMER = "AppealPeriodEnds";

    private final VisibleMatters matters;
    private final BoardMatterProcess process;

    HandlingPages(VisibleMatters matters, BoardMatterProcess process) {
        this.matters = matters;
        this.process = process;
    }

    @GetMapping
    String show(@PathVariable String number, Model model) {
        addPage(matters.matter(number), model);
        return VIEW;
    }

    @PostMapping("/justerat")
    @PreAuthorize(MatterRoles.SECRETARY)
    String minutesApproved(@PathVariable String number,
            @ModelAttribute("minutesForm") MinutesApprovedForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Matter matter = matters.matter(number);
        addPage(matter, model);
        return refusedShows("minutes", result, model, () -> FormSubmission.submit(result, VIEW, () -> {
            process.recordMinutesApproved(matter.getId(), form.getNoticeDay());
            return matter;
        }, done -> back(done, redirect)));
    }

    @PostMapping("/avskrivning")
    @PreAuthorize(MatterRoles.MANAGER)
    String writeOff(@PathVariable String number, @Valid @ModelAttribute("writeOffForm") WriteOffForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Matter matter = matters.matter(number);
        addPage(matter, model);
        return refusedShows("writeOff", result, model, () -> FormSubmission.submit(result, VIEW, () -> {
            process.writeOff(matter.getId(), form.getReason());
            return matter;
        }, done -> back(done, redirect)));
    }

    /** A refused form stays on the page with its errors, even when the process no longer waits for it. */
    private static String refusedShows(String form, BindingResult result, Model model, Supplier<String> submit) {
        String view = submit.get();
        if (result.hasErrors()) {
            model.addAttribute("refused", form);
        }
        return view;
    }

    /** A step the process waits in, and how the page says so. */
    record Waiting(String activity, MatterTimeline.StatusText text) {
    }

    /**
     * The step's name from the model, except the appeal-period timer: its name ("Överklagandetiden har löpt ut")
     * says what happens when it fires, so while it waits the page says what the dates say.
     */
    private static MatterTimeline.StatusText waitingText(String activity, MatterTimeline timeline) {
        if (APPEAL_TIMER.equals(activity) && timeline != null && !timeline.appealStatus().isEmpty()) {
            return timeline.appealStatus().get(0);
        }
        return new MatterTimeline.StatusText("task." + activity);
    }

    private static String back(Matter matter, RedirectAttributes redirect) {
        redirect.addFlashAttribute("saved", matter.getRegistryNumber().toString());
        redirect.addAttribute("number", matter.getUrlNumber());
        return "redirect:/arenden/{number}/handlaggning";
    }

    private void addPage(Matter matter, Model model) {
        String number = matter.getRegistryNumber().toString();
        MatterProgress progress = process.progress(matter.getId()).orElse(null);
        List<String> waiting = process.waitingIn(matter.getId());
        boolean open = progress != null && progress.isOpen();
        model.addAttribute("matter", matter);
        model.addAttribute("progress", progress);
        MatterTimeline timeline = progress == null ? null : process.timeline(progress);
        model.addAttribute("waitingIn", waiting.stream()
                .filter(id -> !BoardMatterProcess.ANSWER_DATE_WATCH.contains(id))
                .map(id -> new Waiting(id, waitingText(id, timeline))).toList());
        model.addAttribute("statusTexts", timeline == null ? List.of() : timeline.statusTexts());
        // The board's handling is recorded at the meeting the matter is on (the meeting capability).
        model.addAttribute("atTheMeeting", open && (waiting.contains("AwaitBoardDecision")
                || waiting.contains("AwaitReport")));
        model.addAttribute("mayApproveMinutes", open && VisibleMatters.hasRole(Role.SECRETARY)
                && waiting.contains("AwaitMinutesApproval"));
        // A decided matter is not written off: it closes after its appeal period and dispatch.
        model.addAttribute("mayWriteOff", open && VisibleMatters.hasRole(Role.MANAGER)
                && progress.getBoardOutcome() != BoardOutcome.DECIDED);
        if (!model.containsAttribute("minutesForm")) {
            model.addAttribute("minutesForm", new MinutesApprovedForm());
        }
        if (!model.containsAttribute("writeOffForm")) {
            model.addAttribute("writeOffForm", new WriteOffForm());
        }
    }
}
