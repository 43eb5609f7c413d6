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

/** Administration of parties: list, create, edit. */
@Controller
@RequestMapping("/admin/partier")
class PartyAdminPages {

    private final Organisation organisation;
    private final OrganisationAdmin admin;

    PartyAdminPages(Organisation organisation, OrganisationAdmin admin) {
        this.organisation = organisation;
        this.admin = admin;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("municipalityChoices", Choices.municipalities(organisation));
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("parties", organisation.parties());
        return "organisation/admin/parties";
    }

    @GetMapping("/ny")
    String create(Model model) {
        PartyForm form = new PartyForm();
        form.setMunicipalityId(Choices.firstMunicipalityId(organisation));
        model.addAttribute("form", form);
        return "organisation/admin/party-form";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable Long id, Model model) {
        model.addAttribute("form", PartyForm.of(organisation.party(id)));
        return "organisation/admin/party-form";
    }

    @PostMapping
    String save(@Valid @ModelAttribute("form") PartyForm form, BindingResult result, RedirectAttributes redirect) {
        return FormSubmission.submit(result, "organisation/admin/party-form", () -> admin.saveParty(form), party -> {
            redirect.addFlashAttribute("saved", party.getCode() + " – " + party.getName());
            return "redirect:/admin/partier";
        });
    }
}
