package se.namndflode.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Tag;
import se.namndflode.HttpTestClient;
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

    private final HttpTestClient client = new HttpTestClient();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        return client.get("http://localhost:" + port + path, headers);
    }

    private void signIn(String username) throws Exception {
        client.signIn("http://localhost:" + port, username);
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
                HttpTestClient.DEMO_PASSWORD));
        assertThat(engines.statusCode()).isEqualTo(200);
        assertThat(engines.body()).contains("\"name\":\"default\"");
        assertThat(engines.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("SESSION"));
        assertThat(get("/engine-rest/engine", "Authorization", basic("handlaggare", HttpTestClient.DEMO_PASSWORD))
                .statusCode()).isEqualTo(403);
    }
}
