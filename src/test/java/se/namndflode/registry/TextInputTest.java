package se.namndflode.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.namndflode.IntegrationTest;
import se.namndflode.organisation.Board;
import se.namndflode.shared.web.TextLimits;

/**
 * Text as people type and paste it: one normalisation at the edge (no-break spaces, decomposed letters, control
 * characters refused beside the field or as a problem) and one set of length limits from the form to the column,
 * so that nothing a form lets through fails later with a 500.
 */
@IntegrationTest
class TextInputTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    RegistryFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    private RequestPostProcessor as(String username) {
        return user(fixtures.user(username));
    }

    private Matter register(Board board, String title, String sender) {
        MatterForm form = RegistryFixtures.report(board.getId(), title);
        form.setSender(sender);
        return fixtures.register(form);
    }

    @Test
    void aNumberPastedWithANoBreakSpaceIsFoundAndSoIsTheSendersName() throws Exception {
        Board board = fixtures.newBoard();
        Matter matter = register(board, RegistryFixtures.uniqueTitle("Skrivelse"), "Vänsterpartiet i Sjöstad");
        String pasted = board.getAdministration().getRegistryPrefix() + "\u00a0" + matter.getRegistryNumber().year()
                + "/" + matter.getRegistryNumber().serial();
        mvc.perform(get("/api/v1/matters").param("q", pasted).with(as("registrator")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(matter.getTitle())));
        mvc.perform(get("/api/v1/matters").param("q", "vänsterpartiet i sjöstad").with(as("registrator")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(matter.getTitle())));
    }

    @Test
    void textIsStoredNormalisedAndAControlCharacterIsRefusedBesideTheField() throws Exception {
        Board board = fixtures.newBoard();
        String decomposed = RegistryFixtures.uniqueTitle("Ha\u030Aga\u00a0bemanning");
        mvc.perform(post("/api/v1/matters").with(as("registrator")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"boardId\":" + board.getId() + ",\"kind\":\"REPORT\",\"title\":\"" + decomposed + "\"}"))
                .andExpect(status().isCreated());
        String stored = jdbc.queryForObject("select title from matter where board_id = ?", String.class, board.getId());
        assertThat(stored).startsWith("Håga bemanning").doesNotContain("\u030A").doesNotContain("\u00a0");

        long before = jdbc.queryForObject("select count(*) from matter", Long.class);
        mvc.perform(post("/api/v1/matters").with(as("registrator")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"boardId\":" + board.getId() + ",\"kind\":\"REPORT\",\"title\":\"Rubrik\\u0000med NUL\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("title"));
        mvc.perform(post("/arenden").with(as("registrator")).with(csrf()).param("boardId", board.getId().toString())
                .param("kind", "REPORT").param("title", "Rubrik\u0000med NUL"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("otillåtet tecken")));
        assertThat(jdbc.queryForObject("select count(*) from matter", Long.class)).isEqualTo(before);
    }

    @Test
    void aLongTitleAcceptedAtRegistrationFitsItsStaffReport() throws Exception {
        Board board = fixtures.newBoard();
        String title = RegistryFixtures.uniqueTitle("Remiss ") + "x".repeat(420);
        Matter matter = register(board, title, null);
        assertThat(matter.getTitle()).hasSizeGreaterThan(300);
        mvc.perform(post("/arenden/{number}/tjansteutlatande", matter.getRegistryNumber().toUrl())
                .with(as("chef")).with(csrf()).param("title", title).param("reportDate", LocalDate.now().toString())
                .param("summary", "Sammanfattning.").param("decisionPoints", "Nämnden godkänner."))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void overlongDecisionPointsAttachmentLinesAndReasonsAreRefusedNotFailed() throws Exception {
        Board board = fixtures.newBoard();
        Matter matter = register(board, RegistryFixtures.uniqueTitle("Rapport"), null);
        mvc.perform(post("/arenden/{number}/tjansteutlatande", matter.getRegistryNumber().toUrl())
                .with(as("chef")).with(csrf()).param("title", "Tjänsteutlåtande")
                .param("reportDate", LocalDate.now().toString()).param("summary", "Sammanfattning.")
                .param("decisionPoints", "x".repeat(TextLimits.DECISION_POINT + 500)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Texten är för lång: högst 2")))
                .andExpect(content().string(containsString("000 tecken")));
        mvc.perform(post("/arenden/{number}/tjansteutlatande", matter.getRegistryNumber().toUrl())
                .with(as("chef")).with(csrf()).param("title", "Tjänsteutlåtande")
                .param("reportDate", LocalDate.now().toString()).param("summary", "Sammanfattning.")
                .param("decisionPoints", "Nämnden godkänner.").param("attachments", "y".repeat(600)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Texten är för lång: högst " + TextLimits.ATTACHMENT_LINE)));
        assertThat(jdbc.queryForObject("select count(*) from staff_report where matter_id = ?", Long.class,
                matter.getId())).isZero();

        mvc.perform(post("/api/v1/matters/{number}/write-off", matter.getRegistryNumber().toUrl())
                .with(as("chef")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"" + "z".repeat(TextLimits.REASON + 1) + "\"}"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.field").value("reason"));
        assertThat(jdbc.queryForObject("select written_off_at is null from matter_progress where matter_id = ?",
                Boolean.class, matter.getId())).isTrue();
    }
}
