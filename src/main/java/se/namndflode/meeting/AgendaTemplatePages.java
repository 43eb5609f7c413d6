package se.namndflode.meeting;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
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
import se.namndflode.shared.web.DomainException;
import se.namndflode.shared.web.FormErrors;
import se.namndflode.shared.web.FormSubmission;

/**
 * The standard items of a board's agenda ("Föredragningslistans mall"), which every new meeting of the board starts
 * with: the secretary adds, removes and reorders them. Meetings already planned keep their own agenda. Each change
 * carries the template's version as the page showed it (a hidden field): when another secretary changed the template
 * meanwhile the page answers 409 with the reason, shows the template as it is now and nothing is saved; without a
 * version, 400.
 */
@Controller
@RequestMapping("/sammantraden/mallar/{boardId}")
@PreAuthorize(MeetingRoles.SECRETARY)
class AgendaTemplatePages {

    static final String VIEW = "meeting/template";

    private final AgendaTemplate template;
    private final Organisation organisation;

    AgendaTemplatePages(AgendaTemplate template, Organisation organisation) {
        this.template = template;
        this.organisation = organisation;
    }

    @GetMapping
    String show(@PathVariable Long boardId, Model model) {
        addPage(boardId, model);
        return VIEW;
    }

    @PostMapping
    String add(@PathVariable Long boardId, @Valid @ModelAttribute("itemForm") MeetingForms.ItemForm form,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (result.hasErrors()) {
            addPage(boardId, model);
            return VIEW;
        }
        return change(boardId, model, redirect, response,
                () -> template.add(boardId, form.getVersion(), form.getTitle(), form.isClosing()), result);
    }

    @PostMapping("/{position}/flytta")
    String move(@PathVariable Long boardId, @PathVariable int position, @RequestParam int by,
            @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return change(boardId, model, redirect, response, () -> template.move(boardId, version, position, by), null);
    }

    @PostMapping("/{position}/ta-bort")
    String remove(@PathVariable Long boardId, @PathVariable int position,
            @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return change(boardId, model, redirect, response, () -> template.remove(boardId, version, position), null);
    }

    /**
     * A change of the template: saved, or refused with the page as it is now (read after the refused change rolled
     * back). A change made meanwhile (409) or one without a version (400) has its reason above the list; another
     * refusal of the form's title stands beside the field ({@code form}; null for a change without fields).
     */
    private String change(Long boardId, Model model, RedirectAttributes redirect, HttpServletResponse response,
            Runnable action, BindingResult form) {
        try {
            action.run();
        } catch (DomainException refusal) {
            if (refusal.status() == HttpStatus.NOT_FOUND) {
                throw refusal;
            }
            if (form != null && refusal.status() == HttpStatus.UNPROCESSABLE_ENTITY) {
                FormErrors.reject(form, refusal);
            } else {
                model.addAttribute("refusalKey", refusal.messageKey());
                model.addAttribute("refusalArguments", refusal.arguments());
                FormSubmission.versionStatus(refusal, response);
            }
            addPage(boardId, model);
            return VIEW;
        }
        return back(boardId, redirect);
    }

    private void addPage(Long boardId, Model model) {
        model.addAttribute("board", organisation.board(boardId));
        model.addAttribute("items", template.items(boardId));
        model.addAttribute("templateVersion", template.version(boardId));
        if (!model.containsAttribute("itemForm")) {
            model.addAttribute("itemForm", new MeetingForms.ItemForm());
        }
    }

    private static String back(Long boardId, RedirectAttributes redirect) {
        redirect.addFlashAttribute("doneKey", "meeting.template.saved");
        return "redirect:/sammantraden/mallar/" + boardId;
    }
}
