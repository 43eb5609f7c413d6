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

/** Administration of boards, the council and the executive board: list, create, edit. */
@Controller
@RequestMapping("/admin/namnder")
class BoardAdminPages {

    private static final String FORM = "organisation/admin/board-form";

    private final Organisation organisation;
    private final OrganisationAdmin admin;

    BoardAdminPages(Organisation organisation, OrganisationAdmin admin) {
        this.organisation = organisation;
        this.admin = admin;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("municipalityChoices", Choices.municipalities(organisation));
        model.addAttribute("kindChoices", Choices.keys(BoardKind.values(), BoardKind::messageKey));
        model.addAttribute("numberingChoices", Choices.keys(ParagraphNumbering.values(),
                ParagraphNumbering::messageKey));
        model.addAttribute("administrationChoices", Choices.ofMunicipalities(organisation,
                organisation.administrations(), Administration::getId,
                administration -> administration.getName() + " (" + administration.getRegistryPrefix() + ")",
                Administration::getMunicipality));
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("boards", organisation.boards());
        return "organisation/admin/boards";
    }

    @GetMapping("/ny")
    String create(Model model) {
        BoardForm form = new BoardForm();
        form.setMunicipalityId(Choices.firstMunicipalityId(organisation));
        model.addAttribute("form", form);
        return FORM;
    }

    @GetMapping("/{id}")
    String edit(@PathVariable Long id, Model model) {
        model.addAttribute("form", BoardForm.of(organisation.board(id)));
        return FORM;
    }

    @PostMapping
    String save(@Valid @ModelAttribute("form") BoardForm form, BindingResult result, RedirectAttributes redirect) {
        return FormSubmission.submit(result, FORM, () -> admin.saveBoard(form), board -> {
            redirect.addFlashAttribute("saved", board.getName());
            return "redirect:/admin/namnder";
        });
    }
}
