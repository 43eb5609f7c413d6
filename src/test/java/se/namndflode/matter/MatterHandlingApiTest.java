package se.namndflode.matter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.namndflode.EngineJobs;
import se.namndflode.IntegrationTest;
import se.namndflode.registry.Matter;

/** The handling API: progress as JSON, the board's outcome, the justering and the write-off. */
@IntegrationTest
class MatterHandlingApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MatterPagesFixtures fixtures;
    @Autowired
    BoardMatterProcess process;
    @Autowired
    EngineJobs jobs;

    private static String url(Matter matter) {
        return "/api/v1/matters/" + matter.getRegistryNumber().toUrl();
    }

    private MockHttpServletRequestBuilder json(String url, String user, String body) {
        return post(url).with(fixtures.as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void progressShowsWhereTheMatterWaits() throws Exception {
        Matter matter = fixtures.matter(LocalDate.now().plusYears(5));
        mvc.perform(get(url(matter) + "/progress").with(fixtures.as("registrator"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.registryNumber").value(matter.getRegistryNumber().toString()))
                .andExpect(jsonPath("$.waitingIn").value(hasItem("PrepareStaffReport")))
                .andExpect(jsonPath("$.overdue").value(false));
    }

    @Test
    void neitherTheBoardsHandlingNorTheJusteringIsRecordedHere() throws Exception {
        Matter matter = fixtures.matter(LocalDate.now().plusYears(5));
        fixtures.toTheBoard(matter);
        mvc.perform(json(url(matter) + "/board-outcome", "sekreterare", "{\"outcome\":\"DECIDED\"}"))
                .andExpect(status().isNotFound());
        assertThat(process.progress(matter.getId()).orElseThrow().getBoardOutcome()).isNull();

        // Decided at the meeting (the meeting capability tells the process); the interim justering is gone: the
        // justering comes only from the minutes' notice (issue 8), so the matter's own address does not exist.
        process.recordBoardOutcome(matter.getId(), BoardOutcome.DECIDED, null, false);
        mvc.perform(post(url(matter) + "/minutes-approved").with(fixtures.as("sekreterare")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get(url(matter) + "/progress").with(fixtures.as("sekreterare"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.noticePublishedOn").isEmpty())
                .andExpect(jsonPath("$.waitingIn").value(hasItem("AwaitMinutesApproval")));
    }

    @Test
    void aManagerWritesOffWithAReason() throws Exception {
        Matter matter = fixtures.matter(LocalDate.now().plusYears(5));
        mvc.perform(json(url(matter) + "/write-off", "chef", "{\"reason\":\"\"}"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.field").value("reason"));
        mvc.perform(json(url(matter) + "/write-off", "sekreterare", "{\"reason\":\"Återkallad\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(json(url(matter) + "/write-off", "chef", "{\"reason\":\"Återkallad\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.writeOffReason").value("Återkallad"));
        assertThat(process.progress(matter.getId()).orElseThrow().isOpen()).isFalse();
    }

    @Test
    void aConfidentialMatterIsRefusedToThoseNotEntitledWithoutItsTitle() throws Exception {
        Matter secret = fixtures.confidentialMatter();
        mvc.perform(get(url(secret) + "/progress").with(fixtures.as("sekreterare"))).andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString(secret.getTitle()))))
                .andExpect(jsonPath("$.registryNumber").value(secret.getRegistryNumber().toString()))
                .andExpect(jsonPath("$.title").value("Sekretessbelagt ärende"));
    }
}
