package se.namndflode.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Camunda webapps and the engine's REST API are servlets of their own, so this test goes through the real
 * server: an administrator signed in to the application is signed in to Cockpit too; the REST API takes the
 * application's accounts with HTTP Basic and keeps no session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("integration")
class CamundaAccessTest {

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void signIn(String username) throws Exception {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get("/login").body());
        assertThat(token.find()).isTrue();
        String form = "username=" + username + "&password=" + SecurityTest.DEMO_PASSWORD + "&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anAdministratorSignedInToTheApplicationUsesCockpitWithoutASecondLogin() throws Exception {
        signIn("admin");
        HttpResponse<String> cockpit = get("/camunda/app/cockpit/default/");
        assertThat(cockpit.statusCode()).isEqualTo(200);
        assertThat(cockpit.body()).contains("Cockpit");
        HttpResponse<String> user = get("/camunda/api/admin/auth/user/default");
        assertThat(user.statusCode()).isEqualTo(200);
        assertThat(user.body()).contains("\"userId\":\"admin\"").contains("cockpit");
        assertThat(get("/camunda/api/engine/engine/default/process-definition?key=housekeeping").body())
                .contains("\"key\":\"housekeeping\"");
    }

    @Test
    void aCaseOfficerIsRefusedTheWebappsEvenWhenSignedIn() throws Exception {
        signIn("handlaggare");
        assertThat(get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(403);
        assertThat(get("/camunda/api/engine/engine/default/process-definition").statusCode()).isEqualTo(403);
    }

    @Test
    void theEngineRestApiServesAdministratorsOverBasicAuthenticationWithoutASession() throws Exception {
        HttpResponse<String> engines = get("/engine-rest/engine", "Authorization", basic("admin",
                SecurityTest.DEMO_PASSWORD));
        assertThat(engines.statusCode()).isEqualTo(200);
        assertThat(engines.body()).contains("\"name\":\"default\"");
        assertThat(engines.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("SESSION"));
        assertThat(get("/engine-rest/engine", "Authorization", basic("handlaggare", SecurityTest.DEMO_PASSWORD))
                .statusCode()).isEqualTo(403);
    }
}
