package se.namndflode.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.namndflode.IntegrationTest;
import se.namndflode.shared.security.SignedInUser;

@IntegrationTest
class PartyAdminPagesTest extends AdminPagesTestSupport {

    @Autowired
    PartyRepository parties;

    @Test
    void createsAPartyAndAuditsIt() throws Exception {
        Tenant tenant = newTenant();
        String code = letters(3);
        String name = unique("Gröna partiet");

        submit(adminOf(tenant), "/admin/partier", "municipalityId", tenant.municipality().getId(), "code", code,
                "name", name).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/partier"));

        Party party = parties.findAll().stream().filter(p -> p.getName().equals(name)).findFirst().orElseThrow();
        assertThat(party.getCode()).isEqualTo(code);
        assertThat(party.getMunicipality().getId()).isEqualTo(tenant.municipality().getId());
        assertThat(auditDetails("Party", party.getId(), OrganisationAdmin.CREATED))
                .isEqualTo("kod: – → \"" + code + "\"; namn: – → \"" + name + "\"");
        assertThat(auditActor("Party", party.getId(), OrganisationAdmin.CREATED)).isEqualTo(tenant.adminUsername());
    }

    @Test
    void editsAPartyAndAuditsTheChange() throws Exception {
        Tenant tenant = newTenant();
        Party party = newParty(tenant.municipality());

        submit(adminOf(tenant), "/admin/partier", "id", party.getId(), "version", party.getVersion(),
                "municipalityId", tenant.municipality().getId(), "code", party.getCode(), "name", "Nytt namn")
                .andExpect(status().is3xxRedirection());

        assertThat(parties.findById(party.getId()).orElseThrow().getName()).isEqualTo("Nytt namn");
        assertThat(auditDetails("Party", party.getId(), OrganisationAdmin.UPDATED))
                .isEqualTo("namn: \"" + party.getName() + "\" → \"Nytt namn\"");
    }

    @Test
    void refusesAnEmptyNameAndSavesNothing() throws Exception {
        Tenant tenant = newTenant();
        long partiesBefore = parties.count();
        long eventsBefore = auditEvents();

        String html = refusedPage(adminOf(tenant), "/admin/partier", "municipalityId",
                tenant.municipality().getId(), "code", letters(3), "name", "  ");

        assertThat(fieldError(html, "name")).isEqualTo(REQUIRED);
        assertThat(fieldError(html, "code")).isNull();
        assertThat(errorSummary(html)).containsExactly(REQUIRED);
        assertThat(parties.count()).isEqualTo(partiesBefore);
        assertThat(auditEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void refusesADuplicateCodeInTheSameMunicipalityAndSavesNothing() throws Exception {
        Tenant tenant = newTenant();
        Party existing = newParty(tenant.municipality());
        long partiesBefore = parties.count();
        long eventsBefore = auditEvents();

        String html = refusedPage(adminOf(tenant), "/admin/partier", "municipalityId",
                tenant.municipality().getId(), "code", existing.getCode().toLowerCase(), "name", unique("Kopian"));

        assertThat(fieldError(html, "code")).isEqualTo(
                "Det finns redan ett parti med koden " + existing.getCode().toLowerCase() + " i kommunen.");
        assertThat(parties.count()).isEqualTo(partiesBefore);
        assertThat(auditEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void allowsTheSameCodeInAnotherMunicipality() throws Exception {
        Tenant tenant = newTenant();
        Party elsewhere = newParty(newTenant().municipality());

        submit(adminOf(tenant), "/admin/partier", "municipalityId", tenant.municipality().getId(), "code",
                elsewhere.getCode(), "name", unique("Namne")).andExpect(status().is3xxRedirection());
    }

    @Test
    void refusesAnEditOfAStaleVersionAndKeepsTheNewerChange() throws Exception {
        Tenant tenant = newTenant();
        Party party = newParty(tenant.municipality());
        SignedInUser admin = adminOf(tenant);
        submit(admin, "/admin/partier", "id", party.getId(), "version", party.getVersion(), "municipalityId",
                tenant.municipality().getId(), "code", party.getCode(), "name", "Först sparat")
                .andExpect(status().is3xxRedirection());
        long eventsBefore = auditEvents();

        String html = refusedPage(admin, "/admin/partier", "id", party.getId(), "version", party.getVersion(),
                "municipalityId", tenant.municipality().getId(), "code", party.getCode(), "name", "Sparat sedan");

        assertThat(errorSummary(html)).containsExactly(CONCURRENT_CHANGE);
        assertThat(parties.findById(party.getId()).orElseThrow().getName()).isEqualTo("Först sparat");
        assertThat(auditEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void anAdministratorCannotSeeAnotherMunicipalitysParty() throws Exception {
        Tenant mine = newTenant();
        Party theirs = newParty(newTenant().municipality());

        mvc.perform(get("/admin/partier/" + theirs.getId()).with(user(adminOf(mine))))
                .andExpect(status().isNotFound());
        assertThat(page(adminOf(mine), "/admin/partier")).doesNotContain(theirs.getName());
    }

    @Test
    void anAdministratorCannotChangeAnotherMunicipalitysParty() throws Exception {
        Tenant mine = newTenant();
        Tenant other = newTenant();
        Party theirs = newParty(other.municipality());
        long eventsBefore = auditEvents();

        submit(adminOf(mine), "/admin/partier", "id", theirs.getId(), "version", theirs.getVersion(),
                "municipalityId", mine.municipality().getId(), "code", "X", "name", "Kapat")
                .andExpect(status().isNotFound());
        submit(adminOf(mine), "/admin/partier", "id", theirs.getId(), "version", theirs.getVersion(),
                "municipalityId", other.municipality().getId(), "code", "X", "name", "Kapat")
                .andExpect(status().isNotFound());

        Party unchanged = parties.findById(theirs.getId()).orElseThrow();
        assertThat(unchanged.getName()).isEqualTo(theirs.getName());
        assertThat(unchanged.getCode()).isEqualTo(theirs.getCode());
        assertThat(auditEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void anAdministratorCannotCreateAPartyInAnotherMunicipality() throws Exception {
        Tenant mine = newTenant();
        Tenant other = newTenant();
        long partiesBefore = parties.count();

        String html = refusedPage(adminOf(mine), "/admin/partier", "municipalityId",
                other.municipality().getId(), "code", letters(3), "name", unique("Inkräktarna"));

        assertThat(fieldError(html, "municipalityId"))
                .isEqualTo("Kommunen finns inte, eller så har du inte tillgång till den.");
        assertThat(parties.count()).isEqualTo(partiesBefore);
    }

    @Test
    void aCaseOfficerMayNotUseTheAdminPages() throws Exception {
        SignedInUser caseOfficer = signedIn("handlaggare");
        long partiesBefore = parties.count();

        mvc.perform(get("/admin/partier").with(user(caseOfficer))).andExpect(status().isForbidden());
        submit(caseOfficer, "/admin/partier", "municipalityId", 1, "code", letters(3), "name", unique("Smyg"))
                .andExpect(status().isForbidden());

        assertThat(parties.count()).isEqualTo(partiesBefore);
    }
}
