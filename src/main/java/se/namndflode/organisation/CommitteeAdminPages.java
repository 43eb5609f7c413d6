package se.namndflode.organisation;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.namndflode.shared.web.FormSubmission;

/** Administration of committees (utskott): list, create, rename. A committee stays in its board. */
@Controller
@RequestMapping("/admin/utskott")
class CommitteeAdminPages {

    private static final String FORM = "organisation/admin/committee-form";

    private final Organisation organisation;
    private final OrganisationAdmin admin;

    CommitteeAdminPages(Organisation organisation, OrganisationAdmin admin) {
        this.organisation = organisation;
        this.admin = admin;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("boardChoices", Choices.ofMunicipalities(organisation, organisation.boards(), Board::getId,
                Board::getName, Board::getMunicipality));
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("committees", organisation.committees());
        return "organisation/admin/committees";
    }

    @GetMapping("/ny")
    String create(Model model) {
        model.addAttribute("form", new CommitteeForm());
        return FORM;
    }

    @GetMapping("/{id}")
    String edit(@PathVariable Long id, Model model) {
        model.addAttribute("form", CommitteeForm.of(organisation.committee(id)));
        return FORM;
    }

    @PostMapping
    String save(@Valid @ModelAttribute("form") CommitteeForm form, BindingResult result,
            RedirectAttributes redirect) {
        return FormSubmission.submit(result, FORM, () -> admin.saveCommittee(form), committee -> {
            redirect.addFlashAttribute("saved", committee.getName());
            return "redirect:/admin/utskott";
        });
    }
}
