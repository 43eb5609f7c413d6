package se.namndflode.organisation;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.namndflode.shared.security.CurrentUser;
import se.namndflode.shared.security.Role;
import se.namndflode.shared.web.FormSubmission;

/**
 * Administration of user accounts: list, create, edit. The user name is fixed once created; the password
 * is only ever sent to the server, never back to the browser.
 */
@Controller
@RequestMapping("/admin/konton")
class AccountAdminPages {

    private static final String FORM = "organisation/admin/account-form";

    private final Organisation organisation;
    private final Accounts accounts;
    private final Clock clock;

    AccountAdminPages(Organisation organisation, Accounts accounts, Clock clock) {
        this.organisation = organisation;
        this.accounts = accounts;
        this.clock = clock;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("roleChoices", Choices.keys(Role.values(), Role::messageKey));
        model.addAttribute("municipalityChoices", Choices.municipalities(organisation));
        model.addAttribute("personChoices", Choices.ofMunicipalities(organisation, organisation.persons(),
                Person::getId, Person::getFullName, Person::getMunicipality));
        model.addAttribute("now", OffsetDateTime.now(clock));
        model.addAttribute("zone", clock.getZone());
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("accounts", accounts.visibleAccounts());
        return "organisation/admin/accounts";
    }

    @GetMapping("/ny")
    String create(Model model) {
        model.addAttribute("form", new AccountForm());
        return FORM;
    }

    @GetMapping("/{id}")
    String edit(@PathVariable Long id, Model model) {
        UserAccount account = accounts.visibleAccount(id);
        model.addAttribute("form", AccountForm.of(account));
        model.addAttribute("account", account);
        return FORM;
    }

    @PostMapping
    String save(@Valid @ModelAttribute("form") AccountForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (form.getId() != null) {
            model.addAttribute("account", accounts.visibleAccount(form.getId()));
        }
        String view = FormSubmission.submit(result, FORM, () -> accounts.save(form), account -> {
            if (CurrentUser.get().map(user -> user.getAccountId().equals(account.getId())).orElse(false)) {
                accounts.refreshSignedInUser();
            }
            redirect.addFlashAttribute("saved", account.getUsername());
            return "redirect:/admin/konton";
        });
        // Whatever happened, the password goes no further than the encoder.
        form.setPassword(null);
        return view;
    }
}
