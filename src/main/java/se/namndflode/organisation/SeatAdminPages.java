package se.namndflode.organisation;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
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
import se.namndflode.shared.web.DomainException;
import se.namndflode.shared.web.FormSubmission;

/**
 * A person's seats in boards: create, edit, delete. Reached from the person's page, and back there after
 * saving.
 */
@Controller
@RequestMapping("/admin/uppdrag")
class SeatAdminPages {

    private static final String FORM = "organisation/admin/seat-form";

    private final Organisation organisation;
    private final OrganisationAdmin admin;
    private final Clock clock;

    SeatAdminPages(Organisation organisation, OrganisationAdmin admin, Clock clock) {
        this.organisation = organisation;
        this.admin = admin;
        this.clock = clock;
    }

    @GetMapping("/ny")
    String create(@RequestParam Long personId, Model model) {
        SeatForm form = new SeatForm();
        form.setPersonId(personId);
        form.setValidFrom(LocalDate.now(clock));
        model.addAttribute("form", form);
        return form(form, model);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable Long id, Model model) {
        SeatForm form = SeatForm.of(organisation.seat(id));
        model.addAttribute("form", form);
        return form(form, model);
    }

    @PostMapping
    String save(@Valid @ModelAttribute("form") SeatForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        form(form, model);
        return FormSubmission.submit(result, FORM, () -> admin.saveSeat(form), seat -> {
            redirect.addFlashAttribute("saved", seat.getBoard().getName() + ": " + seat.getPerson().getFullName());
            return personPage(seat);
        });
    }

    @PostMapping("/{id}/ta-bort")
    String delete(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
        BoardSeat seat = organisation.seat(id);
        admin.deleteSeat(id, version);
        redirect.addFlashAttribute("deleted", seat.getBoard().getName() + ": " + seat.getPerson().getFullName());
        return personPage(seat);
    }

    /** The form with the person it is for, and the boards and parties of the person's municipality. */
    private String form(SeatForm form, Model model) {
        if (form.getPersonId() == null) {
            throw DomainException.notFound("notFound.person");
        }
        Person person = organisation.person(form.getPersonId());
        Long municipalityId = person.getMunicipality().getId();
        model.addAttribute("person", person);
        model.addAttribute("boardChoices", Choices.of(organisation.boards().stream()
                .filter(board -> board.getMunicipality().getId().equals(municipalityId)).toList(),
                Board::getId, Board::getName));
        model.addAttribute("partyChoices", Choices.of(organisation.parties().stream()
                .filter(party -> party.getMunicipality().getId().equals(municipalityId)).toList(),
                Party::getId, party -> party.getCode() + " – " + party.getName()));
        model.addAttribute("seatTypeChoices", Choices.keys(SeatType.values(), SeatType::messageKey));
        model.addAttribute("boardRoleChoices", Choices.keys(BoardRole.values(), BoardRole::messageKey));
        return FORM;
    }

    private static String personPage(BoardSeat seat) {
        return "redirect:/admin/personer/" + seat.getPerson().getId();
    }
}
