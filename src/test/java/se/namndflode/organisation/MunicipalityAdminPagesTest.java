package se.namndflode.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.namndflode.IntegrationTest;
import se.namndflode.shared.security.SignedInUser;

@IntegrationTest
class MunicipalityAdminPagesTest extends AdminPagesTestSupport {

    @Autowired
    MunicipalityRepository municipalities;

    @Test
    void theCreatorOfAMunicipalityManagesItInTheSameSession() throws Exception {
        Tenant tenant = newTenant();
        Cookie session = mvc.perform(formLogin("/login").user(tenant.adminUsername()).password(PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
        String code = "t-" + letters(10).toLowerCase();
        String name = unique("Nya kommunen");

        mvc.perform(post("/admin/kommuner").cookie(session).with(csrf()).param("code", code).param("name", name))
                .andExpect(redirectedUrl("/admin/kommuner"));

        Municipality created = municipalities.findByCode(code).orElseThrow();
        for (int request = 0; request < 2; request++) {
            String list = mvc.perform(get("/admin/kommuner").cookie(session)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(list).contains("href=\"/admin/kommuner/" + created.getId() + "\"");
        }
        mvc.perform(get("/admin/kommuner/" + created.getId()).cookie(session)).andExpect(status().isOk());
        assertThat(signedIn(tenant.adminUsername()).getMunicipalityCodes()).contains(code);
    }

    @Test
    void createsAMunicipalityAndAuditsIt() throws Exception {
        Tenant tenant = newTenant();
        String code = "t-" + letters(10).toLowerCase();

        submit(adminOf(tenant), "/admin/kommuner", "code", code, "name", "Sjöbo test")
                .andExpect(redirectedUrl("/admin/kommuner"));

        Municipality created = municipalities.findByCode(code).orElseThrow();
        assertThat(created.getName()).isEqualTo("Sjöbo test");
        assertThat(auditDetails("Municipality", created.getId(), OrganisationAdmin.CREATED))
                .isEqualTo("kod: – → \"" + code + "\"; namn: – → \"Sjöbo test\"");
    }

    @Test
    void renamesAMunicipalityButKeepsItsCode() throws Exception {
        Tenant tenant = newTenant();
        Municipality municipality = tenant.municipality();

        submit(adminOf(tenant), "/admin/kommuner", "id", municipality.getId(), "version", municipality.getVersion(),
                "code", "annan-kod", "name", "Omdöpt kommun").andExpect(redirectedUrl("/admin/kommuner"));

        Municipality renamed = municipalities.findById(municipality.getId()).orElseThrow();
        assertThat(renamed.getName()).isEqualTo("Omdöpt kommun");
        assertThat(renamed.getCode()).isEqualTo(municipality.getCode());
        assertThat(auditDetails("Municipality", municipality.getId(), OrganisationAdmin.UPDATED))
                .isEqualTo("namn: \"" + municipality.getName() + "\" → \"Omdöpt kommun\"");
    }

    @Test
    void refusesAnEmptyNameAndSavesNothing() throws Exception {
        Tenant tenant = newTenant();
        long municipalitiesBefore = municipalities.count();
        long eventsBefore = auditEvents();

        String html = refusedPage(adminOf(tenant), "/admin/kommuner", "code", "t-" + letters(10).toLowerCase(),
                "name", "");

        assertThat(fieldError(html, "name")).isEqualTo(REQUIRED);
        assertThat(municipalities.count()).isEqualTo(municipalitiesBefore);
        assertThat(auditEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void refusesATakenCodeAndSavesNothing() throws Exception {
        Tenant tenant = newTenant();
        long municipalitiesBefore = municipalities.count();
        long eventsBefore = auditEvents();

        String html = refusedPage(adminOf(tenant), "/admin/kommuner", "code", "stockholm", "name", unique("Kopia"));

        assertThat(fieldError(html, "code")).isEqualTo("Det finns redan en kommun med koden stockholm.");
        assertThat(municipalities.count()).isEqualTo(municipalitiesBefore);
        assertThat(auditEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void refusesARenameOfAStaleVersion() throws Exception {
        Tenant tenant = newTenant();
        Municipality municipality = tenant.municipality();
        SignedInUser admin = adminOf(tenant);
        submit(admin, "/admin/kommuner", "id", municipality.getId(), "version", municipality.getVersion(), "code",
                municipality.getCode(), "name", "Först sparat").andExpect(status().is3xxRedirection());

        String html = refusedPage(admin, "/admin/kommuner", "id", municipality.getId(), "version",
                municipality.getVersion(), "code", municipality.getCode(), "name", "Sparat sedan");

        assertThat(errorSummary(html)).containsExactly(CONCURRENT_CHANGE);
        assertThat(municipalities.findById(municipality.getId()).orElseThrow().getName()).isEqualTo("Först sparat");
    }

    @Test
    void anAdministratorCannotOpenOrRenameAnotherMunicipality() throws Exception {
        Tenant mine = newTenant();
        Municipality theirs = newTenant().municipality();

        mvc.perform(get("/admin/kommuner/" + theirs.getId()).with(user(adminOf(mine))))
                .andExpect(status().isNotFound());
        submit(adminOf(mine), "/admin/kommuner", "id", theirs.getId(), "version", theirs.getVersion(), "code",
                theirs.getCode(), "name", "Kapad").andExpect(status().isNotFound());

        assertThat(municipalities.findById(theirs.getId()).orElseThrow().getName()).isEqualTo(theirs.getName());
        assertThat(page(adminOf(mine), "/admin/kommuner")).doesNotContain(theirs.getName());
    }
}
