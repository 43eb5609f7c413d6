package se.namndflode.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.namndflode.IntegrationTest;

@IntegrationTest
class PersonAdminPagesTest extends AdminPagesTestSupport {

    @Autowired
    PersonRepository persons;

    @Test
    void createsAPersonAndAuditsIt() throws Exception {
        Tenant tenant = newTenant();
        String lastName = unique("Ek");

        submit(adminOf(tenant), "/admin/personer", "municipalityId", tenant.municipality().getId(), "firstName",
                "Åsa", "lastName", lastName, "email", "asa@example.se")
                .andExpect(redirectedUrlPattern("/admin/personer/*"));

        Person person = persons.findAll().stream().filter(p -> p.getLastName().equals(lastName)).findFirst()
                .orElseThrow();
        assertThat(person.getEmail()).isEqualTo("asa@example.se");
        assertThat(auditDetails("Person", person.getId(), OrganisationAdmin.CREATED)).isEqualTo(
                "förnamn: – → \"Åsa\"; efternamn: – → \"" + lastName + "\"; e-post: – → \"asa@example.se\"");
    }

    @Test
    void editsAPersonAndAuditsTheChange() throws Exception {
        Tenant tenant = newTenant();
        Person person = newPerson(tenant.municipality());

        submit(adminOf(tenant), "/admin/personer", "id", person.getId(), "version", person.getVersion(),
                "municipalityId", tenant.municipality().getId(), "firstName", "Ny", "lastName", person.getLastName(),
                "email", "").andExpect(redirectedUrl("/admin/personer/" + person.getId()));

        assertThat(persons.findById(person.getId()).orElseThrow().getFirstName()).isEqualTo("Ny");
        assertThat(auditDetails("Person", person.getId(), OrganisationAdmin.UPDATED))
                .isEqualTo("förnamn: \"Test\" → \"Ny\"");
    }

    @Test
    void refusesEmptyNamesAndSavesNothing() throws Exception {
        Tenant tenant = newTenant();
        long before = persons.count();
        long eventsBefore = auditEvents();

        String html = refusedPage(adminOf(tenant), "/admin/personer", "municipalityId",
                tenant.municipality().getId(), "firstName", "", "lastName", " ", "email", "");

        assertThat(fieldError(html, "firstName")).isEqualTo(REQUIRED);
        assertThat(fieldError(html, "lastName")).isEqualTo(REQUIRED);
        assertThat(persons.count()).isEqualTo(before);
        assertThat(auditEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void refusesAnInvalidEmailAddress() throws Exception {
        Tenant tenant = newTenant();
        Person person = newPerson(tenant.municipality());

        String html = refusedPage(adminOf(tenant), "/admin/personer", "id", person.getId(), "version",
                person.getVersion(), "municipalityId", tenant.municipality().getId(), "firstName", "Test",
                "lastName", person.getLastName(), "email", "inte en adress");

        assertThat(fieldError(html, "email")).isEqualTo("Ange en giltig e-postadress.");
        assertThat(persons.findById(person.getId()).orElseThrow().getEmail()).isNull();
        // The refused form still lists the person's seats.
        assertThat(html).contains("href=\"/admin/uppdrag/ny?personId=" + person.getId() + "\"");
    }

    @Test
    void thePersonsPageListsTheirSeatsWithLinksToEditAndAdd() throws Exception {
        Tenant tenant = newTenant();
        Person person = newPerson(tenant.municipality());
        Board board = newBoard(tenant.municipality(), 5);
        BoardSeat seat = newSeat(board, person, newParty(tenant.municipality()), SeatType.SUBSTITUTE, null, 2,
                LocalDate.of(2023, 1, 1), LocalDate.of(2026, 12, 31));

        String html = page(adminOf(tenant), "/admin/personer/" + person.getId());

        assertThat(html).contains("href=\"/admin/uppdrag/" + seat.getId() + "\"").contains(board.getName())
                .contains("ersättare").contains("2026-12-31")
                .contains("href=\"/admin/uppdrag/ny?personId=" + person.getId() + "\"");
    }

    @Test
    void anAdministratorCannotSeeAnotherMunicipalitysPerson() throws Exception {
        Person theirs = newPerson(newTenant().municipality());

        mvc.perform(get("/admin/personer/" + theirs.getId()).with(user(adminOf(newTenant()))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/uppdrag/ny?personId=" + theirs.getId()).with(user(adminOf(newTenant()))))
                .andExpect(status().isNotFound());
    }
}
