package se.namndflode.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.namndflode.IntegrationTest;

@IntegrationTest
class AdministrationAdminPagesTest extends AdminPagesTestSupport {

    @Autowired
    AdministrationRepository administrations;

    private Administration create(Tenant tenant, String name, String prefix) throws Exception {
        submit(adminOf(tenant), "/admin/forvaltningar", "municipalityId", tenant.municipality().getId(), "name",
                name, "registryPrefix", prefix).andExpect(redirectedUrl("/admin/forvaltningar"));
        return administrations.findAll().stream().filter(a -> a.getName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void createsAnAdministrationWithItsRegistrySeriesAndAuditsIt() throws Exception {
        Tenant tenant = newTenant();
        String name = unique("Utbildningsförvaltningen");

        Administration created = create(tenant, name, "UTB");

        assertThat(created.getRegistryPrefix()).isEqualTo("UTB");
        assertThat(auditDetails("Administration", created.getId(), OrganisationAdmin.CREATED))
                .isEqualTo("namn: – → \"" + name + "\"; diarieserie: – → \"UTB\"");
        assertThat(page(adminOf(tenant), "/admin/forvaltningar")).contains(name);
    }

    @Test
    void editsAnAdministrationAndAuditsTheChange() throws Exception {
        Tenant tenant = newTenant();
        Administration administration = create(tenant, unique("Kulturförvaltningen"), "KUL");

        submit(adminOf(tenant), "/admin/forvaltningar", "id", administration.getId(), "version",
                administration.getVersion(), "municipalityId", tenant.municipality().getId(), "name",
                administration.getName(), "registryPrefix", "KUF").andExpect(redirectedUrl("/admin/forvaltningar"));

        assertThat(administrations.findById(administration.getId()).orElseThrow().getRegistryPrefix())
                .isEqualTo("KUF");
        assertThat(auditDetails("Administration", administration.getId(), OrganisationAdmin.UPDATED))
                .isEqualTo("diarieserie: \"KUL\" → \"KUF\"");
    }

    @Test
    void refusesAnEmptyNameAndSavesNothing() throws Exception {
        Tenant tenant = newTenant();
        long before = administrations.count();
        long eventsBefore = auditEvents();

        String html = refusedPage(adminOf(tenant), "/admin/forvaltningar", "municipalityId",
                tenant.municipality().getId(), "name", "", "registryPrefix", "MILJ");

        assertThat(fieldError(html, "name")).isEqualTo(REQUIRED);
        assertThat(administrations.count()).isEqualTo(before);
        assertThat(auditEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void refusesARegistrySeriesTakenInTheMunicipality() throws Exception {
        Tenant tenant = newTenant();
        create(tenant, unique("Socialförvaltningen"), "SOF");
        long before = administrations.count();
        long eventsBefore = auditEvents();

        String html = refusedPage(adminOf(tenant), "/admin/forvaltningar", "municipalityId",
                tenant.municipality().getId(), "name", unique("Annan förvaltning"), "registryPrefix", "SOF");

        assertThat(fieldError(html, "registryPrefix"))
                .isEqualTo("Diarieserien SOF används redan av en annan förvaltning i kommunen.");
        assertThat(administrations.count()).isEqualTo(before);
        assertThat(auditEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void anAdministratorCannotOpenAnotherMunicipalitysAdministration() throws Exception {
        Tenant other = newTenant();
        Administration theirs = create(other, unique("Deras förvaltning"), "DER");

        mvc.perform(get("/admin/forvaltningar/" + theirs.getId()).with(user(adminOf(newTenant()))))
                .andExpect(status().isNotFound());
    }
}
