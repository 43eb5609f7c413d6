package se.namndflode.meeting;

import jakarta.validation.Valid;
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
import se.namndflode.shared.web.FormSubmission;

/**
 * The standard items of a board's agenda ("Föredragningslistans mall"), which every new meeting of the board starts
 * with: the secretary adds, removes and reorders them. Meetings already planned keep their own agenda.
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
            BindingResult result, Model model, RedirectAttributes redirect) {
        addPage(boardId, model);
        return FormSubmission.submit(result, VIEW, () -> template.add(boardId, form.getTitle(), form.isClosing()),
                done -> back(boardId, redirect));
    }

    @PostMapping("/{position}/flytta")
    String move(@PathVariable Long boardId, @PathVariable int position, @RequestParam int by,
            RedirectAttributes redirect) {
        template.move(boardId, position, by);
        return back(boardId, redirect);
    }

    @PostMapping("/{position}/ta-bort")
    String remove(@PathVariable Long boardId, @PathVariable int position, RedirectAttributes redirect) {
        template.remove(boardId, position);
        return back(boardId, redirect);
    }

    private void addPage(Long boardId, Model model) {
        model.addAttribute("board", organisation.board(boardId));
        model.addAttribute("items", template.items(boardId));
        if (!model.containsAttribute("itemForm")) {
            model.addAttribute("itemForm", new MeetingForms.ItemForm());
        }
    }

    private static String back(Long boardId, RedirectAttributes redirect) {
        redirect.addFlashAttribute("doneKey", "meeting.template.saved");
        return "redirect:/sammantraden/mallar/" + boardId;
    }
}
