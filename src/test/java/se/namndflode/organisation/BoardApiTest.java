package se.namndflode.organisation;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import se.namndflode.IntegrationTest;

@IntegrationTest
class BoardApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    private long socialnamnden() {
        return jdbc.queryForObject("select id from board where name = 'Socialnämnden'", Long.class);
    }

    @Test
    @WithUserDetails("handlaggare")
    void listsTheBoardsOfTheUsersMunicipalityOnly() throws Exception {
        mvc.perform(get("/api/v1/boards")).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name", hasItem("Socialnämnden")))
                .andExpect(jsonPath("$[*].name", not(hasItem("Barn- och utbildningsnämnden"))));
    }

    @Test
    @WithUserDetails("handlaggare")
    void listsTheCouncilAndTheExecutiveBoardBeforeTheBoards() throws Exception {
        mvc.perform(get("/api/v1/boards")).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].kind").value("COUNCIL"))
                .andExpect(jsonPath("$[1].kind").value("EXECUTIVE_BOARD"))
                .andExpect(jsonPath("$[2].kind").value("BOARD"));
    }

    @Test
    @WithUserDetails("sekreterare")
    void givesTheCompositionOnADay() throws Exception {
        mvc.perform(get("/api/v1/boards/{id}", socialnamnden()).param("day", "2023-12-12"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.quorum").value(7))
                .andExpect(jsonPath("$.members.length()").value(13))
                .andExpect(jsonPath("$.members[0].name").value("Alexander Ojanne"))
                .andExpect(jsonPath("$.members[0].boardRole").value("CHAIR"));
    }

    @Test
    @WithUserDetails("handlaggare.sjostad")
    void anotherMunicipalitysBoardIsAProblemDetail404() throws Exception {
        mvc.perform(get("/api/v1/boards/{id}", socialnamnden()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://namndflode.se/problem/not-found"))
                .andExpect(jsonPath("$.detail").value("Nämnden finns inte, eller så har du inte tillgång till den."));
    }
}
