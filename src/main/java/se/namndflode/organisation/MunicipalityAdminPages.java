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

/** Administration of municipalities (tenants): list, create, rename. The code is fixed once created. */
@Controller
@RequestMapping("/admin/kommuner")
class MunicipalityAdminPages {

    private static final String FORM = "organisation/admin/municipality-form";

    private final Organisation organisation;
    private final OrganisationAdmin admin;
    private final Accounts accounts;

    MunicipalityAdminPages(Organisation organisation, OrganisationAdmin admin, Accounts accounts) {
        this.organisation = organisation;
        this.admin = admin;
        this.accounts = accounts;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("municipalities", organisation.myMunicipalities());
        return "organisation/admin/municipalities";
    }

    @GetMapping("/ny")
    String create(Model model) {
        model.addAttribute("form", new MunicipalityForm());
        return FORM;
    }

    @GetMapping("/{id}")
    String edit(@PathVariable Long id, Model model) {
        model.addAttribute("form", MunicipalityForm.of(organisation.municipality(id)));
        return FORM;
    }

    @PostMapping
    String save(@Valid @ModelAttribute("form") MunicipalityForm form, BindingResult result,
            RedirectAttributes redirect) {
        boolean creating = form.getId() == null;
        return FormSubmission.submit(result, FORM, () -> admin.saveMunicipality(form), municipality -> {
            if (creating) {
                // The creator now belongs to the new municipality: let this session see it at once.
                accounts.refreshSignedInUser();
            }
            redirect.addFlashAttribute("saved", municipality.getName());
            return "redirect:/admin/kommuner";
        });
    }
}
