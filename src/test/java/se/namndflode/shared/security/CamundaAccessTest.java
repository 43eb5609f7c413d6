package se.namndflode.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.namndflode.HttpTestClient;
import se.namndflode.MunicipalityFixtures;
import se.namndflode.organisation.Accounts;
import se.namndflode.organisation.OrganisationAdmin;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Camunda webapps and the engine's REST API are servlets of their own, so this test goes through the real
 * server: an administrator signed in to the application is signed in to Cockpit too, with their municipalities as
 * the engine's tenants; the REST API takes the application's accounts with HTTP Basic and keeps no session.
 * ({@code TwoMunicipalitiesTest} shows that an administrator of one municipality sees nothing of another's.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("integration")
class CamundaAccessTest {

    @LocalServerPort
    int port;

    @Autowired
    OrganisationAdmin organisation;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcTemplate jdbc;

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
        assertThat(get("/start/admin").body()).contains("visar bara processer, uppgifter och historik i dina kommuner");
        HttpResponse<String> cockpit = get("/camunda/app/cockpit/default/");
        assertThat(cockpit.statusCode()).as(cockpit.headers().map().toString()).isEqualTo(200);
        assertThat(cockpit.body()).contains("Cockpit");
        HttpResponse<String> user = get("/camunda/api/admin/auth/user/default");
        assertThat(user.statusCode()).isEqualTo(200);
        assertThat(user.body()).contains("\"userId\":\"admin\"").contains("cockpit");
        assertThat(get("/camunda/api/engine/engine/default/process-definition?key=housekeeping").body())
                .contains("\"key\":\"housekeeping\"");
    }

    @Test
    void anAdministratorWithADotInTheirUserNameUsesCockpitAndTheRestApi() throws Exception {
        // fornamn.efternamn, as municipalities name accounts; the engine's default user-id pattern refused it (500).
        String username = "fornamn." + MunicipalityFixtures.letters(8);
        new MunicipalityFixtures(organisation, accounts).account(username, Set.of(Role.ADMIN),
                Set.of(jdbc.queryForObject("select id from municipality where code = 'stockholm'", Long.class)));
        signIn(username);
        assertThat(get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
        HttpResponse<String> user = get("/camunda/api/admin/auth/user/default");
        assertThat(user.statusCode()).isEqualTo(200);
        assertThat(user.body()).contains("\"userId\":\"" + username + "\"").contains("cockpit");
        assertThat(get("/camunda/api/engine/engine/default/process-definition?key=board-matter").body())
                .contains("\"tenantId\":\"stockholm\"").doesNotContain("\"tenantId\":\"sjostad\"");
        assertThat(get("/engine-rest/process-definition?key=board-matter", "Authorization",
                basic(username, HttpTestClient.DEMO_PASSWORD)).statusCode()).isEqualTo(200);
    }

    @Test
    void theWebappsOwnLoginIsClosed() throws Exception {
        // It would authenticate from the engine's identity tables; the application's sign-in is the only way in.
        signIn("admin");
        assertThat(client.postForm("http://localhost:" + port + "/camunda/api/admin/auth/user/default/login/cockpit",
                "username=admin&password=x").statusCode()).isEqualTo(403);
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
        // The demo administrator belongs to both demo municipalities and sees Stockholm's matters' processes.
        assertThat(get("/engine-rest/process-instance?processDefinitionKey=board-matter", "Authorization",
                basic("admin", HttpTestClient.DEMO_PASSWORD)).body()).contains("\"tenantId\":\"stockholm\"");
        assertThat(get("/engine-rest/engine", "Authorization", basic("handlaggare", HttpTestClient.DEMO_PASSWORD))
                .statusCode()).isEqualTo(403);
    }
}
