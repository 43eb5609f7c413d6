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

/** Administration of people (förtroendevalda): list, create, edit; a person's page lists their seats. */
@Controller
@RequestMapping("/admin/personer")
class PersonAdminPages {

    private static final String FORM = "organisation/admin/person-form";

    private final Organisation organisation;
    private final OrganisationAdmin admin;

    PersonAdminPages(Organisation organisation, OrganisationAdmin admin) {
        this.organisation = organisation;
        this.admin = admin;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("municipalityChoices", Choices.municipalities(organisation));
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("persons", organisation.persons());
        return "organisation/admin/persons";
    }

    @GetMapping("/ny")
    String create(Model model) {
        PersonForm form = new PersonForm();
        form.setMunicipalityId(Choices.firstMunicipalityId(organisation));
        model.addAttribute("form", form);
        return FORM;
    }

    @GetMapping("/{id}")
    String edit(@PathVariable Long id, Model model) {
        PersonForm form = PersonForm.of(organisation.person(id));
        model.addAttribute("form", form);
        addSeats(form, model);
        return FORM;
    }

    @PostMapping
    String save(@Valid @ModelAttribute("form") PersonForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        addSeats(form, model);
        return FormSubmission.submit(result, FORM, () -> admin.savePerson(form), person -> {
            redirect.addFlashAttribute("saved", person.getFullName());
            return "redirect:/admin/personer/" + person.getId();
        });
    }

    /** An existing person's page also lists their seats, past, present and future. */
    private void addSeats(PersonForm form, Model model) {
        if (form.getId() != null) {
            model.addAttribute("seats", organisation.seatsOf(organisation.person(form.getId())));
        }
    }
}
