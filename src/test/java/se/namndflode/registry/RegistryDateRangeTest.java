package se.namndflode.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import se.namndflode.IntegrationTest;
import se.namndflode.MovableClock;
import se.namndflode.organisation.Board;

/**
 * The answer date and a document's date must be plausible: refused on the page (next to the field) and in the API
 * (422) with the same message naming the date, and nothing saved.
 */
@IntegrationTest
class RegistryDateRangeTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    RegistryFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MovableClock clock;

    Board board;

    @BeforeEach
    void newSeries() {
        board = fixtures.newBoard();
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private String lastAnswerDay() {
        return LocalDate.now(clock).plusYears(5).toString();
    }

    private MockMultipartHttpServletRequestBuilder document(String url, String date, String direction) {
        MockMultipartHttpServletRequestBuilder request = multipart(url);
        request.file(new MockMultipartFile("file", "brev.pdf", "application/pdf", RegistryFixtures.PDF))
                .param("type", "LETTER").param("title", "Brev").param("date", date).param("direction", direction)
                .with(user(fixtures.user("registrator"))).with(csrf());
        return request;
    }

    @Test
    void anAnswerDateInTheYear100000IsRefusedByTheApiAndSavesNothing() throws Exception {
        long matters = count("matter");
        mvc.perform(post("/api/v1/matters").with(user(fixtures.user("registrator"))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"boardId": %d, "kind": "REFERRAL", "title": "Remiss i framtiden",
                                 "answerDue": "+100000-01-01"}""".formatted(board.getId())))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.type").value("https://namndflode.se/problem/matter-answerDue-tooFar"))
                .andExpect(jsonPath("$.field").value("answerDue"))
                .andExpect(jsonPath("$.detail").value("Svarsdatumet kan inte ligga mer än fem år efter "
                        + "registreringsdagen. Ange " + lastAnswerDay() + " eller tidigare."));
        assertThat(count("matter")).isEqualTo(matters);
    }

    @Test
    void anAnswerDateMoreThanFiveYearsAheadIsShownNextToTheField() throws Exception {
        long matters = count("matter");
        mvc.perform(post("/arenden").with(user(fixtures.user("registrator"))).with(csrf())
                        .param("boardId", board.getId().toString()).param("kind", "REFERRAL")
                        .param("title", "Remiss långt fram")
                        .param("answerDue", LocalDate.now(clock).plusYears(6).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"answerDue-error\">Svarsdatumet kan inte ligga mer "
                        + "än fem år efter registreringsdagen. Ange " + lastAnswerDay() + " eller tidigare.")));
        assertThat(count("matter")).isEqualTo(matters);
    }

    @Test
    void aDocumentDated9999IsRefusedOnThePageAndByTheApi() throws Exception {
        Matter matter = fixtures.register(RegistryFixtures.report(board.getId(), "Rapport med brev"));
        String url = matter.getRegistryNumber().toUrl();
        String refusal = "Handlingens datum kan inte ligga mer än ett år fram, efter "
                + LocalDate.now(clock).plusYears(1) + ".";
        long documents = count("document");

        mvc.perform(document("/api/v1/matters/" + url + "/documents", "9999-12-31", "OUT"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.field").value("date"))
                .andExpect(jsonPath("$.detail").value(refusal));
        mvc.perform(document("/arenden/" + url + "/handlingar", "9999-12-31", "OUT"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"date-error\">" + refusal)));
        assertThat(count("document")).isEqualTo(documents);
    }

    @Test
    void anIncomingDocumentCannotHaveComeInAfterItIsRegistered() throws Exception {
        Matter matter = fixtures.register(RegistryFixtures.report(board.getId(), "Rapport med inkommet brev"));
        long documents = count("document");
        mvc.perform(document("/api/v1/matters/" + matter.getRegistryNumber().toUrl() + "/documents",
                        LocalDate.now(clock).plusDays(1).toString(), "IN"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.type").value("https://namndflode.se/problem/document-date-afterReceived"))
                .andExpect(jsonPath("$.detail").value(containsString("registreringsdagen " + LocalDate.now(clock))));
        mvc.perform(document("/api/v1/matters/" + matter.getRegistryNumber().toUrl() + "/documents", "1899-12-31",
                        "IN"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value("Handlingens datum kan inte vara före 1900-01-01."));
        assertThat(count("document")).isEqualTo(documents);
    }
}
