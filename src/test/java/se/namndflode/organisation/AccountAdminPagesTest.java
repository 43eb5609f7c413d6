package se.namndflode.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.namndflode.IntegrationTest;
import se.namndflode.shared.security.Role;
import se.namndflode.shared.security.SignedInUser;

@IntegrationTest
class AccountAdminPagesTest extends AdminPagesTestSupport {

    static final String NEW_PASSWORD = "korrekt-hast-batteri";

    @Autowired
    UserAccountRepository userAccounts;

    private String passwordHash(String username) {
        return jdbc.queryForObject("select password_hash from user_account where username = ?", String.class,
                username);
    }

    private Object[] newAccountForm(Tenant tenant, String username, String password, Object roles) {
        return new Object[] {"username", username, "displayName", "Test Testsson", "email", "",
            "personId", "", "enabled", "true", "roles", roles, "municipalityIds",
            List.of(tenant.municipality().getId()), "password", password};
    }

    @Test
    void createsAnAccountWithTheHashOfItsPassword() throws Exception {
        Tenant tenant = newTenant();
        String username = "test." + letters(8).toLowerCase();

        submit(adminOf(tenant), "/admin/konton", newAccountForm(tenant, username, NEW_PASSWORD,
                List.of("CASE_OFFICER", "REGISTRAR"))).andExpect(redirectedUrl("/admin/konton"));

        String hash = passwordHash(username);
        assertThat(hash).startsWith("{bcrypt}").isNotEqualTo(NEW_PASSWORD).doesNotContain(NEW_PASSWORD);
        UserAccount account = userAccounts.findByUsernameIgnoreCase(username).orElseThrow();
        assertThat(account.getRoles()).containsExactlyInAnyOrder(Role.CASE_OFFICER, Role.REGISTRAR);
        String details = auditDetails("UserAccount", account.getId(), OrganisationAdmin.CREATED);
        assertThat(details).contains("namn: – → \"Test Testsson\"").doesNotContain(NEW_PASSWORD);
        mvc.perform(formLogin("/login").user(username).password(NEW_PASSWORD)).andExpect(redirectedUrl("/"));
    }

    @Test
    void editsAnAccountKeepingItsPasswordWhenNoneIsGiven() throws Exception {
        Tenant tenant = newTenant();
        UserAccount account = newAccount(tenant.municipality(), Role.CASE_OFFICER);
        String hashBefore = passwordHash(account.getUsername());

        submit(adminOf(tenant), "/admin/konton", "id", account.getId(), "version", account.getVersion(),
                "username", account.getUsername(), "displayName", "Nytt Namn", "email", "ny@example.se",
                "personId", "", "enabled", "true", "roles", List.of("MANAGER"), "municipalityIds",
                List.of(tenant.municipality().getId()), "password", "")
                .andExpect(redirectedUrl("/admin/konton"));

        UserAccount changed = userAccounts.findById(account.getId()).orElseThrow();
        assertThat(changed.getDisplayName()).isEqualTo("Nytt Namn");
        assertThat(changed.getRoles()).containsExactly(Role.MANAGER);
        assertThat(passwordHash(account.getUsername())).isEqualTo(hashBefore);
        assertThat(auditDetails("UserAccount", account.getId(), OrganisationAdmin.UPDATED))
                .isEqualTo("namn: \"" + account.getDisplayName() + "\" → \"Nytt Namn\"; e-post: – → "
                        + "\"ny@example.se\"; roller: \"[CASE_OFFICER]\" → \"[MANAGER]\"");
    }

    @Test
    void changesThePasswordToTheHashOfTheNewOne() throws Exception {
        Tenant tenant = newTenant();
        UserAccount account = newAccount(tenant.municipality(), Role.CASE_OFFICER);
        String hashBefore = passwordHash(account.getUsername());

        submit(adminOf(tenant), "/admin/konton", "id", account.getId(), "version", account.getVersion(),
                "username", account.getUsername(), "displayName", account.getDisplayName(), "enabled", "true",
                "roles", List.of("CASE_OFFICER"), "municipalityIds", List.of(tenant.municipality().getId()),
                "password", NEW_PASSWORD).andExpect(redirectedUrl("/admin/konton"));

        assertThat(passwordHash(account.getUsername())).startsWith("{bcrypt}").isNotEqualTo(hashBefore)
                .doesNotContain(NEW_PASSWORD);
        assertThat(auditDetails("UserAccount", account.getId(), OrganisationAdmin.UPDATED))
                .isEqualTo("lösenord: \"\" → \"(nytt)\"");
    }

    @Test
    void refusesATakenUserNameAndSavesNothing() throws Exception {
        Tenant tenant = newTenant();
        long before = userAccounts.count();
        long eventsBefore = auditEvents();

        String html = refusedPage(adminOf(tenant), "/admin/konton",
                newAccountForm(tenant, "handlaggare", NEW_PASSWORD, List.of("CASE_OFFICER")));

        assertThat(fieldError(html, "username")).isEqualTo("Användarnamnet handlaggare är redan upptaget.");
        assertThat(userAccounts.count()).isEqualTo(before);
        assertThat(auditEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void refusesAShortPasswordAndNeverShowsItAgain() throws Exception {
        Tenant tenant = newTenant();
        long before = userAccounts.count();
        long eventsBefore = auditEvents();
        String shortPassword = "kort9tkn";

        String html = refusedPage(adminOf(tenant), "/admin/konton",
                newAccountForm(tenant, "test." + letters(8).toLowerCase(), shortPassword, List.of("CASE_OFFICER")));

        assertThat(fieldError(html, "password")).isEqualTo("Lösenordet måste ha minst 10 tecken.");
        assertThat(html).doesNotContain(shortPassword);
        assertThat(userAccounts.count()).isEqualTo(before);
        assertThat(auditEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void refusesANewAccountWithoutPassword() throws Exception {
        Tenant tenant = newTenant();
        long before = userAccounts.count();

        String html = refusedPage(adminOf(tenant), "/admin/konton",
                newAccountForm(tenant, "test." + letters(8).toLowerCase(), "", List.of("CASE_OFFICER")));

        assertThat(fieldError(html, "password")).isEqualTo("Ange ett lösenord för det nya kontot.");
        assertThat(userAccounts.count()).isEqualTo(before);
    }

    @Test
    void anAdministratorCannotRemoveTheirOwnAdministratorRole() throws Exception {
        Tenant tenant = newTenant();
        SignedInUser admin = adminOf(tenant);
        UserAccount own = userAccounts.findById(admin.getAccountId()).orElseThrow();
        long eventsBefore = auditEvents();

        String html = refusedPage(admin, "/admin/konton", "id", own.getId(), "version", own.getVersion(),
                "username", own.getUsername(), "displayName", own.getDisplayName(), "enabled", "true", "roles",
                List.of("CASE_OFFICER"), "municipalityIds", List.of(tenant.municipality().getId()), "password", "");

        assertThat(fieldError(html, "roles"))
                .isEqualTo("Du kan inte ta bort din egen administratörsroll eller stänga av ditt eget konto.");
        assertThat(userAccounts.findById(own.getId()).orElseThrow().getRoles()).containsExactly(Role.ADMIN);
        assertThat(auditEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void refusesAnEditOfAStaleVersion() throws Exception {
        Tenant tenant = newTenant();
        UserAccount account = newAccount(tenant.municipality(), Role.CASE_OFFICER);
        Object[] edit = {"id", account.getId(), "version", account.getVersion(), "username", account.getUsername(),
            "displayName", "Först sparat", "enabled", "true", "roles", List.of("CASE_OFFICER"), "municipalityIds",
            List.of(tenant.municipality().getId()), "password", ""};
        submit(adminOf(tenant), "/admin/konton", edit).andExpect(redirectedUrl("/admin/konton"));
        edit[7] = "Sparat sedan";

        String html = refusedPage(adminOf(tenant), "/admin/konton", edit);

        assertThat(errorSummary(html)).containsExactly(CONCURRENT_CHANGE);
        assertThat(userAccounts.findById(account.getId()).orElseThrow().getDisplayName()).isEqualTo("Först sparat");
    }

    @Test
    void showsWhenAnAddressIsLockedOutOfAnAccountAfterFailedLogins() throws Exception {
        Tenant tenant = newTenant();
        UserAccount account = newAccount(tenant.municipality(), Role.CASE_OFFICER);
        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(formLogin("/login").user(account.getUsername()).password("fel-losenord"))
                    .andExpect(redirectedUrl("/login?error"));
        }

        assertThat(page(adminOf(tenant), "/admin/konton/" + account.getId())).contains("Spärrad till ")
                .contains("från en adress");
        assertThat(page(adminOf(tenant), "/admin/konton")).contains("Spärrad till ");
    }

    @Test
    void anAdministratorSeesOnlyAccountsOfTheirMunicipalities() throws Exception {
        Tenant mine = newTenant();
        UserAccount theirs = newAccount(newTenant().municipality(), Role.CASE_OFFICER);

        mvc.perform(get("/admin/konton/" + theirs.getId()).with(user(adminOf(mine))))
                .andExpect(status().isNotFound());
        assertThat(page(adminOf(mine), "/admin/konton")).doesNotContain(theirs.getUsername());
    }

    @Test
    void anEditKeepsTheMunicipalitiesTheAdministratorCannotSee() throws Exception {
        Tenant mine = newTenant();
        Tenant other = newTenant();
        UserAccount shared = asSystem(() -> {
            AccountForm form = AccountForm.of(newAccount(mine.municipality(), Role.CASE_OFFICER));
            form.setMunicipalityIds(Set.of(mine.municipality().getId(), other.municipality().getId()));
            return accounts.save(form);
        });

        submit(adminOf(mine), "/admin/konton", "id", shared.getId(), "version", shared.getVersion(), "username",
                shared.getUsername(), "displayName", "Delat konto", "enabled", "true", "roles",
                List.of("CASE_OFFICER"), "municipalityIds", List.of(mine.municipality().getId()), "password", "")
                .andExpect(redirectedUrl("/admin/konton"));

        assertThat(signedIn(shared.getUsername()).getMunicipalityCodes())
                .containsExactlyInAnyOrder(mine.municipality().getCode(), other.municipality().getCode());
    }
}
