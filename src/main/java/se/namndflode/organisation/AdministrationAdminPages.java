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

/** Administration of förvaltningar and their registry series: list, create, edit. */
@Controller
@RequestMapping("/admin/forvaltningar")
class AdministrationAdminPages {

    private static final String FORM = "organisation/admin/administration-form";

    private final Organisation organisation;
    private final OrganisationAdmin admin;

    AdministrationAdminPages(Organisation organisation, OrganisationAdmin admin) {
        this.organisation = organisation;
        this.admin = admin;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("municipalityChoices", Choices.municipalities(organisation));
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("administrations", organisation.administrations());
        return "organisation/admin/administrations";
    }

    @GetMapping("/ny")
    String create(Model model) {
        AdministrationForm form = new AdministrationForm();
        form.setMunicipalityId(Choices.firstMunicipalityId(organisation));
        model.addAttribute("form", form);
        return FORM;
    }

    @GetMapping("/{id}")
    String edit(@PathVariable Long id, Model model) {
        model.addAttribute("form", AdministrationForm.of(organisation.administration(id)));
        return FORM;
    }

    @PostMapping
    String save(@Valid @ModelAttribute("form") AdministrationForm form, BindingResult result,
            RedirectAttributes redirect) {
        return FormSubmission.submit(result, FORM, () -> admin.saveAdministration(form), administration -> {
            redirect.addFlashAttribute("saved", administration.getName());
            return "redirect:/admin/forvaltningar";
        });
    }
}
