package se.namndflode.organisation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.namndflode.IntegrationTest;
import se.namndflode.MunicipalityFixtures;
import se.namndflode.shared.security.Role;

/**
 * The overview pages say whose lists and figures they show, by the municipality's name: the goal dashboard, its
 * trends and the goal tree the one chosen (and the choice by name, not code), the overview of what is late, the
 * assignments, the follow-ups and the start pages the user's municipalities — with each board named with its
 * municipality for a user of several, whose boards share names ("Socialnämnden").
 */
@IntegrationTest
class MunicipalityScopePagesTest {

    private static final String SCOPE = "id=\"municipality-scope\"";

    @Autowired
    MockMvc mvc;
    @Autowired
    OrganisationAdmin admin;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    /** A manager and director of both demo municipalities, Stockholms stad and Sjöstads kommun. */
    private String ofBoth() {
        Set<Long> both = Set.copyOf(jdbc.queryForList(
                "select id from municipality where code in ('stockholm', 'sjostad')", Long.class));
        return new MunicipalityFixtures(admin, accounts).account("bada." + MunicipalityFixtures.letters(8),
                Set.of(Role.MANAGER, Role.DIRECTOR), both);
    }

    @Test
    void theGoalDashboardNamesTheMunicipalityItShowsAndOffersTheOthersByName() throws Exception {
        String manager = ofBoth();
        for (String page : new String[] {"/mal/oversikt", "/mal/oversikt/indikatorer", "/mal"}) {
            mvc.perform(get(page).param("kommun", "sjostad").with(as(manager)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(SCOPE)))
                    .andExpect(content().string(containsString("<strong>Sjöstads kommun</strong>")))
                    .andExpect(content().string(not(containsString("<strong>Stockholms stad</strong>"))));
            mvc.perform(get(page).param("kommun", "stockholm").with(as(manager)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("<strong>Stockholms stad</strong>")));
        }
        mvc.perform(get("/mal/oversikt").param("kommun", "stockholm").with(as(manager)))
                .andExpect(content().string(containsString(">Sjöstads kommun</option>")))
                .andExpect(content().string(containsString(">Stockholms stad</option>")))
                .andExpect(content().string(not(containsString(">sjostad</option>"))));
    }

    @Test
    void theOverviewsOfAUserOfSeveralMunicipalitiesNameThemAndTheBoardsMunicipalities() throws Exception {
        String manager = ofBoth();
        for (String page : new String[] {"/oversikt", "/uppdrag", "/uppfoljning", "/oversikt/veckobrev",
                "/start/chef"}) {
            mvc.perform(get(page).with(as(manager)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(SCOPE)))
                    .andExpect(content().string(containsString("Kommuner</span>:")))
                    .andExpect(content().string(containsString("<strong>Sjöstads kommun, Stockholms stad</strong>")));
        }
        for (String page : new String[] {"/oversikt", "/uppdrag"}) {
            mvc.perform(get(page).with(as(manager)))
                    .andExpect(content().string(containsString(">Socialnämnden, Stockholms stad</option>")));
        }
    }

    @Test
    void aUserOfOneMunicipalitySeesItsNameAndTheBoardsAlone() throws Exception {
        for (String page : new String[] {"/oversikt", "/uppdrag", "/start/chef"}) {
            mvc.perform(get(page).with(as("chef")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Kommun</span>:")))
                    .andExpect(content().string(containsString("<strong>Stockholms stad</strong>")));
        }
        mvc.perform(get("/oversikt").with(as("chef")))
                .andExpect(content().string(containsString(">Socialnämnden</option>")))
                .andExpect(content().string(not(containsString(", Stockholms stad</option>"))));
    }
}
