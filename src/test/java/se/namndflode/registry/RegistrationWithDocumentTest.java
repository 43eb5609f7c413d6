package se.namndflode.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import se.namndflode.IntegrationTest;
import se.namndflode.MovableClock;
import se.namndflode.organisation.Board;

/**
 * Registering a matter with its first document on one form: both are saved, the document numbered -1 as an
 * incoming one of the day it came in, typed after the matter's kind; a refused document (its file, its date)
 * refuses the registration: no matter, no document, no number used, and the refusal sits beside the field.
 */
@IntegrationTest
class RegistrationWithDocumentTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    RegistryFixtures fixtures;
    @Autowired
    Registry registry;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MovableClock clock;

    Board board;
    String title;

    @BeforeEach
    void newSeries() {
        board = fixtures.newBoard();
        title = RegistryFixtures.uniqueTitle("Remiss om boende");
    }

    private MockMultipartHttpServletRequestBuilder registration(MockMultipartFile file, LocalDate received) {
        MockMultipartHttpServletRequestBuilder request = multipart("/arenden").file(file);
        request.with(user(fixtures.user("registrator"))).with(csrf())
                .param("boardId", board.getId().toString()).param("kind", "REFERRAL").param("title", title)
                .param("sender", "Kommunstyrelsen").param("senderReference", "KS 2026/12")
                .param("answerDue", LocalDate.now(clock).plusDays(30).toString())
                .param("document.date", received.toString());
        return request;
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    @Test
    void theMatterAndItsLetterAreRegisteredTogether() throws Exception {
        String prefix = board.getAdministration().getRegistryPrefix();
        int year = LocalDate.now(clock).getYear();
        LocalDate received = LocalDate.now(clock).minusDays(2);
        mvc.perform(registration(new MockMultipartFile("document.file", "remiss.pdf", "application/pdf",
                        RegistryFixtures.PDF), received))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/arenden/" + prefix + "-" + year + "-1"))
                .andExpect(flash().attribute("registered", true));

        Matter matter = fixtures.as("registrator", () -> registry.matterAt(prefix + "-" + year + "-1"));
        Document letter = fixtures.as("registrator", () -> registry.documents(matter.getId())).get(0);
        assertThat(letter.getNumber().toString()).isEqualTo(prefix + " " + year + "/1-1");
        assertThat(letter.getTitle()).isEqualTo(title);
        assertThat(letter.getType()).isEqualTo(DocumentType.REFERRAL);
        assertThat(letter.getDirection()).isEqualTo(DocumentDirection.IN);
        assertThat(letter.getDate()).isEqualTo(received);
        assertThat(letter.getFileName()).isEqualTo("remiss.pdf");
    }

    @Test
    void aRefusedFileSavesNothingAndUsesUpNoNumber() throws Exception {
        long matters = count("matter");
        long documents = count("document");
        mvc.perform(registration(new MockMultipartFile("document.file", "anteckning.txt", "text/plain",
                        "Bara text".getBytes(StandardCharsets.UTF_8)), LocalDate.now(clock)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<p class=\"field-error\" id=\"document.file-error\">Filen måste vara en PDF")))
                .andExpect(content().string(containsString("value=\"" + title + "\"")));
        mvc.perform(registration(new MockMultipartFile("document.file", "remiss.pdf", "application/pdf",
                        RegistryFixtures.PDF), LocalDate.now(clock).plusDays(1)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"document.date-error\"")));
        assertThat(count("matter")).isEqualTo(matters);
        assertThat(count("document")).isEqualTo(documents);

        // The next registration in the series gets its first number: the refusals used none.
        String prefix = board.getAdministration().getRegistryPrefix();
        mvc.perform(registration(new MockMultipartFile("document.file", "remiss.pdf", "application/pdf",
                        RegistryFixtures.PDF), LocalDate.now(clock)))
                .andExpect(redirectedUrl("/arenden/" + prefix + "-" + LocalDate.now(clock).getYear() + "-1"));
    }
}
