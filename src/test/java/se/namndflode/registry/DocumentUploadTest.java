package se.namndflode.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.namndflode.HttpTestClient;
import se.namndflode.HttpTestClient.Multipart;

/**
 * Uploading a document through the real server (Tomcat parses the multipart body, which MockMvc does not): the
 * CSRF token travels in the form's body, never in a URL (OWASP ASVS V3.1.1: no session token in the URL); an
 * upload without it, or with a wrong one, is refused; an upload over the size limit is answered with a clear
 * "file too large" (413) and saves nothing, although the container, refusing the body, never reads the token in
 * it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("integration")
class DocumentUploadTest {

    /** What a browser asks for when it submits a form. */
    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    /** {@code namndflode.registry.max-file-size}: the default. */
    static final int LIMIT = 20 * 1024 * 1024;

    @Autowired
    Registry registry;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    HttpTestClient client;
    String matter;

    @BeforeEach
    void signInAsTheRegistrar() throws Exception {
        client = new HttpTestClient();
        client.signIn(url(""), "registrator");
        // A matter of its own: uploads to a demo matter would change what the demo data tests read.
        Long board = jdbc.queryForObject("""
                select b.id from board b join municipality mu on mu.id = b.municipality_id
                where mu.code = 'stockholm' and b.name = 'Socialnämnden'""", Long.class);
        matter = registry.registerMatter(RegistryFixtures.report(board, RegistryFixtures.uniqueTitle("Uppladdning")))
                .getUrlNumber();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private String matterPage() throws Exception {
        HttpResponse<String> page = client.get(url("/arenden/" + matter));
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body();
    }

    /** The hidden {@code _csrf} field of the document form. */
    private static String tokenInTheForm(String page) {
        Matcher form = Pattern.compile("<form[^>]*action=\"[^\"]*/handlingar\"[^>]*>(.*?)</form>", Pattern.DOTALL)
                .matcher(page);
        assertThat(form.find()).as("the document form").isTrue();
        Matcher token = Pattern.compile("<input type=\"hidden\" name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(form.group(1));
        assertThat(token.find()).as("a hidden _csrf field in the document form").isTrue();
        return token.group(1);
    }

    private static Multipart document(String token, byte[] file) {
        Multipart body = new Multipart();
        if (token != null) {
            body.field("_csrf", token);
        }
        return body.field("type", "LETTER").field("title", "Brev om uppladdning")
                .field("date", LocalDate.now().toString()).field("direction", "IN")
                .file("file", "brev.pdf", "application/pdf", file);
    }

    private HttpResponse<String> upload(Multipart body, String... headers) throws Exception {
        return client.postBytes(url("/arenden/" + matter + "/handlingar"), body.contentType(), body.bytes(), headers);
    }

    private long documents() {
        return jdbc.queryForObject("select count(*) from document", Long.class);
    }

    /** A PDF just over the limit: the container reads it up to the limit and refuses the rest. */
    private static byte[] tooLarge() {
        return Arrays.copyOf(RegistryFixtures.PDF, LIMIT + 1024);
    }

    @Test
    void theFormCarriesItsTokenInItsBodyAndNoUrlCarriesIt() throws Exception {
        String page = matterPage();
        Matcher action = Pattern.compile("<form[^>]*action=\"([^\"]*/handlingar[^\"]*)\"").matcher(page);
        assertThat(action.find()).isTrue();
        assertThat(action.group(1)).isEqualTo("/arenden/" + matter + "/handlingar");
        assertThat(page).doesNotContain("_csrf=");
        assertThat(tokenInTheForm(page)).isNotBlank();
    }

    @Test
    void anUploadWithTheTokenInItsBodyIsRegistered() throws Exception {
        long before = documents();
        HttpResponse<String> response = upload(document(tokenInTheForm(matterPage()), RegistryFixtures.PDF));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/arenden/" + matter + "#handlingar"));
        assertThat(documents()).isEqualTo(before + 1);
    }

    @Test
    void anUploadWithoutTheTokenOrWithAWrongOneIsRefused() throws Exception {
        matterPage();
        long before = documents();
        assertThat(upload(document(null, RegistryFixtures.PDF)).statusCode()).isEqualTo(403);
        assertThat(upload(document("fel-token", RegistryFixtures.PDF)).statusCode()).isEqualTo(403);
        assertThat(documents()).isEqualTo(before);
    }

    @Test
    void anUploadOverTheLimitGetsAClearMessageAndSavesNothing() throws Exception {
        long before = documents();
        HttpResponse<String> response = upload(document(tokenInTheForm(matterPage()), tooLarge()),
                "Referer", url("/arenden/" + matter), "Accept", BROWSER_ACCEPT);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/html"));
        // Beside a way back to the form it came from.
        assertThat(response.body()).contains("Filen är för stor").contains("20 MB")
                .contains("href=\"/arenden/" + matter + "\"").doesNotContain("behörighet");
        assertThat(documents()).isEqualTo(before);
        // The session goes on: the next upload, with the same token, is registered.
        assertThat(upload(document(tokenInTheForm(matterPage()), RegistryFixtures.PDF)).statusCode())
                .isEqualTo(302);
    }

    @Test
    void anApiUploadOverTheLimitIsA413ProblemAndSavesNothing() throws Exception {
        String token = tokenInTheForm(matterPage());
        long before = documents();
        String api = url("/api/v1/matters/" + matter + "/documents");
        Multipart tokenInAHeader = document(null, tooLarge());
        Multipart tokenInTheBody = document(token, tooLarge());
        for (HttpResponse<String> response : List.of(
                client.postBytes(api, tokenInAHeader.contentType(), tokenInAHeader.bytes(), "X-CSRF-TOKEN", token),
                client.postBytes(api, tokenInTheBody.contentType(), tokenInTheBody.bytes()))) {
            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
            assertThat(response.body()).contains("\"type\":\"https://namndflode.se/problem/too-large\"")
                    .contains("Filen är för stor. Största tillåtna storlek är 20 MB.");
        }
        assertThat(documents()).isEqualTo(before);
    }

    @Test
    void aStrangersUploadOverTheLimitIsRefusedAsAnyOther() throws Exception {
        HttpTestClient stranger = new HttpTestClient();
        Multipart body = document(null, tooLarge());
        long before = documents();
        HttpResponse<String> response = stranger.postBytes(url("/arenden/" + matter + "/handlingar"),
                body.contentType(), body.bytes(), "Accept", BROWSER_ACCEPT);
        assertThat(response.statusCode()).isNotEqualTo(413).isIn(302, 401, 403);
        assertThat(documents()).isEqualTo(before);
    }
}
