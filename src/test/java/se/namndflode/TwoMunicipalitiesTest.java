package se.namndflode;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import se.namndflode.MunicipalityFixtures.TestMunicipality;
import se.namndflode.matter.BoardMatterProcess;
import se.namndflode.matter.MatterProgress;
import se.namndflode.organisation.Accounts;
import se.namndflode.organisation.OrganisationAdmin;
import se.namndflode.shared.security.Role;

/**
 * Two municipalities that both have an {@code SOF} series work side by side: both number their first matter
 * {@code SOF <year>/1}, each runs its own process (its own Camunda tenant), and nobody of one sees the other's
 * matters or tasks through any path: the task list pages and API, the matter pages and API, and the engine's REST
 * API and Cockpit for an administrator of one of them. Through the real server, as the engine REST API and the
 * webapps are servlets of their own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// A server of its own: Cockpit keeps its runtime in a static field, which a server stopped earlier in the same JVM
// (TwoNodesTest, RestartKeepsDataTest) clears for a cached one.
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
@Tag("integration")
class TwoMunicipalitiesTest {

    @LocalServerPort
    int port;
    @Autowired
    OrganisationAdmin organisationAdmin;
    @Autowired
    Accounts accounts;
    @Autowired
    BoardMatterProcess process;

    private final ObjectMapper json = new ObjectMapper();
    private MunicipalityFixtures fixtures;
    private TestMunicipality north;
    private TestMunicipality south;

    @BeforeEach
    void twoMunicipalitiesWithAnSofSeries() {
        fixtures = new MunicipalityFixtures(organisationAdmin, accounts);
        north = fixtures.create("SOF");
        south = fixtures.create("SOF");
    }

    /** A signed-in user's session: pages and the JSON API with the session's CSRF token. */
    private final class Session {

        private final HttpTestClient client = new HttpTestClient();
        private final String csrf;

        Session(String username, Role role) throws Exception {
            client.signIn(base(), username);
            csrf = HttpTestClient.csrfToken(get("/start/" + role.startPage()).body());
        }

        HttpResponse<String> get(String path) throws Exception {
            return client.get(base() + path);
        }

        JsonNode getJson(String path) throws Exception {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            return json.readTree(response.body());
        }

        HttpResponse<String> post(String path, String body) throws Exception {
            return client.postJson(base() + path, body, "X-CSRF-TOKEN", csrf);
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private Session as(TestMunicipality municipality, Role role) throws Exception {
        return new Session(municipality.user(role), role);
    }

    /** Registers a matter without case officer through the API: it waits for a manager to assign it. */
    private JsonNode register(TestMunicipality municipality, String title) throws Exception {
        HttpResponse<String> created = as(municipality, Role.REGISTRAR).post("/api/v1/matters",
                "{\"boardId\":" + municipality.boardId() + ",\"kind\":\"REPORT\",\"title\":\"" + title + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).get("matter");
    }

    private static List<String> values(JsonNode items, String field) {
        List<String> values = new ArrayList<>();
        items.forEach(item -> values.add(item.get(field).isNull() ? null : item.get(field).asText()));
        return values;
    }

    @Test
    void bothNumberTheirFirstMatterSof1AndNeitherSeesTheOthersMattersOrTasks() throws Exception {
        String northTitle = "Skrivelse om hemtjänst " + MunicipalityFixtures.letters(6);
        String southTitle = "Skrivelse om hemtjänst " + MunicipalityFixtures.letters(6);
        JsonNode northMatter = register(north, northTitle);
        JsonNode southMatter = register(south, southTitle);

        // The same number in both, each in its own municipality, each with its own process in its own tenant.
        String number = northMatter.get("registryNumber").asText();
        assertThat(number).matches("SOF \\d{4}/1");
        assertThat(southMatter.get("registryNumber").asText()).isEqualTo(number);
        assertThat(northMatter.get("municipality").asText()).isEqualTo(north.code());
        assertThat(southMatter.get("municipality").asText()).isEqualTo(south.code());
        MatterProgress northProgress = process.progress(northMatter.get("id").asLong()).orElseThrow();
        MatterProgress southProgress = process.progress(southMatter.get("id").asLong()).orElseThrow();
        assertThat(northProgress.getProcessInstanceId()).isNotEqualTo(southProgress.getProcessInstanceId());
        String url = number.replace(' ', '-').replace('/', '-');

        // Matter page and API: the number means the matter of the user's own municipality.
        Session northRegistrar = as(north, Role.REGISTRAR);
        assertThat(northRegistrar.getJson("/api/v1/matters/" + url).get("matter").get("title").asText())
                .isEqualTo(northTitle);
        assertThat(as(south, Role.REGISTRAR).getJson("/api/v1/matters/" + url).get("matter").get("title").asText())
                .isEqualTo(southTitle);
        assertThat(northRegistrar.get("/arenden/" + url).body()).contains(northTitle).doesNotContain(southTitle);
        assertThat(values(northRegistrar.getJson("/api/v1/matters?q=" + url).get("items"), "title"))
                .containsExactly(northTitle);
        assertThat(northRegistrar.get("/api/v1/matters/" + south.code() + ":" + url).statusCode()).isEqualTo(404);

        // Task lists, page and API: each manager's group list has their own municipality's matter only.
        Session northManager = as(north, Role.MANAGER);
        Session southManager = as(south, Role.MANAGER);
        JsonNode northTasks = northManager.getJson("/api/v1/tasks?scope=group").get("items");
        JsonNode southTasks = southManager.getJson("/api/v1/tasks?scope=group").get("items");
        assertThat(values(northTasks, "title")).containsExactly(northTitle);
        assertThat(values(southTasks, "title")).containsExactly(southTitle);
        assertThat(northManager.get("/uppgifter/grupp").body()).contains(northTitle).doesNotContain(southTitle);
        String northAssign = northTasks.get(0).get("taskId").asText();
        String southAssign = southTasks.get(0).get("taskId").asText();
        // The other municipality's task does not exist for them, whichever way it is asked for.
        assertThat(northManager.get("/uppgifter/" + southAssign).statusCode()).isEqualTo(404);
        assertThat(northManager.get("/api/v1/tasks/" + southAssign).statusCode()).isEqualTo(404);
        assertThat(northManager.post("/api/v1/tasks/" + southAssign + "/claim", "").statusCode()).isEqualTo(404);

        // The matters run apart: north's manager assigns north's matter, south's manager writes south's off.
        assertThat(northManager.post("/api/v1/tasks/" + northAssign + "/claim", "").statusCode()).isEqualTo(200);
        long northVersion = northManager.getJson("/api/v1/matters/" + url).get("version").asLong();
        assertThat(northManager.post("/api/v1/tasks/" + northAssign + "/complete", "{\"caseOfficer\":\""
                + north.user(Role.CASE_OFFICER) + "\", \"version\": " + northVersion + "}").statusCode())
                .isEqualTo(200);
        HttpResponse<String> writtenOff = southManager.post("/api/v1/matters/" + url + "/write-off",
                "{\"reason\":\"Återkallad av avsändaren\"}");
        assertThat(writtenOff.statusCode()).as(writtenOff.body()).isEqualTo(200);

        assertThat(process.waitingIn(northProgress.getMatterId())).contains("PrepareStaffReport");
        assertThat(process.progress(northProgress.getMatterId()).orElseThrow().getWrittenOffAt()).isNull();
        assertThat(process.waitingIn(southProgress.getMatterId())).isEmpty();
        assertThat(process.progress(southProgress.getMatterId()).orElseThrow().getWrittenOffAt()).isNotNull();
        assertThat(values(as(north, Role.CASE_OFFICER).getJson("/api/v1/tasks?scope=mine").get("items"), "title"))
                .containsExactly(northTitle);
        assertThat(as(south, Role.CASE_OFFICER).getJson("/api/v1/tasks?scope=mine").get("items")).isEmpty();
        assertThat(northManager.getJson("/api/v1/matters/" + url + "/progress").get("waitingIn").toString())
                .contains("PrepareStaffReport");

        // The engine's REST API and Cockpit show north's administrator north's instances, tasks and history only.
        String northInstance = northProgress.getProcessInstanceId();
        String southInstance = southProgress.getProcessInstanceId();
        for (String path : List.of("/engine-rest/task", "/engine-rest/process-instance")) {
            JsonNode found = engineRest(north, path);
            assertThat(values(found, "tenantId")).as(path).isNotEmpty().containsOnly(north.code());
        }
        assertThat(values(engineRest(north, "/engine-rest/task"), "processInstanceId")).contains(northInstance);
        assertThat(values(engineRest(north, "/engine-rest/process-instance"), "id")).contains(northInstance)
                .doesNotContain(southInstance);
        JsonNode history = engineRest(north, "/engine-rest/history/process-instance?maxResults=10000");
        assertThat(values(history, "id")).contains(northInstance).doesNotContain(southInstance);
        assertThat(values(history, "tenantId")).allMatch(tenant -> tenant == null || tenant.equals(north.code()));
        assertThat(engineRestStatus(north, "/engine-rest/process-instance/" + southInstance)).isEqualTo(404);
        assertThat(engineRestStatus(north, "/engine-rest/history/process-instance/" + southInstance))
                .isEqualTo(404);
        assertThat(values(engineRest(south, "/engine-rest/history/process-instance?maxResults=10000"), "id"))
                .contains(southInstance).doesNotContain(northInstance);

        Session northAdmin = as(north, Role.ADMIN);
        JsonNode cockpitTasks = northAdmin.getJson("/camunda/api/engine/engine/default/task");
        assertThat(values(cockpitTasks, "tenantId")).isNotEmpty().containsOnly(north.code());
        JsonNode cockpitInstances = northAdmin.getJson("/camunda/api/engine/engine/default/process-instance");
        assertThat(values(cockpitInstances, "id")).contains(northInstance).doesNotContain(southInstance);
    }

    @Test
    void aUserOfBothMunicipalitiesNamesTheMunicipalityOfASharedNumber() throws Exception {
        String northTitle = "Remiss om färdtjänst " + MunicipalityFixtures.letters(6);
        String southTitle = "Remiss om färdtjänst " + MunicipalityFixtures.letters(6);
        String url = register(north, northTitle).get("registryNumber").asText().replace(' ', '-').replace('/', '-');
        register(south, southTitle);
        String both = fixtures.account(Set.of(Role.REGISTRAR), List.of(north, south));
        Session registrar = new Session(both, Role.REGISTRAR);

        // The bare number is ambiguous for them: refused with the addresses that name the municipality.
        HttpResponse<String> ambiguous = registrar.get("/api/v1/matters/" + url);
        assertThat(ambiguous.statusCode()).isEqualTo(409);
        assertThat(json.readTree(ambiguous.body()).get("detail").asText())
                .contains(north.code() + ":" + url).contains(south.code() + ":" + url);
        HttpResponse<String> page = registrar.get("/arenden/" + url);
        assertThat(page.statusCode()).isEqualTo(409);
        assertThat(page.body()).contains("finns i flera av dina kommuner");

        // Qualified, each address is one matter; and that is how their lists link to them.
        assertThat(registrar.getJson("/api/v1/matters/" + north.code() + ":" + url).get("matter").get("title")
                .asText()).isEqualTo(northTitle);
        assertThat(registrar.get("/arenden/" + south.code() + ":" + url).body()).contains(southTitle)
                .doesNotContain(northTitle);
        assertThat(registrar.get("/arenden?q=" + url).body())
                .contains("href=\"/arenden/" + north.code() + ":" + url + "\"")
                .contains("href=\"/arenden/" + south.code() + ":" + url + "\"")
                .contains("Socialnämnden i " + north.code() + ", Testkommun " + north.code())
                .contains("Socialnämnden i " + south.code() + ", Testkommun " + south.code());
        assertThat(values(registrar.getJson("/api/v1/matters?q=" + url).get("items"), "url")).containsExactlyInAnyOrder(
                "/api/v1/matters/" + north.code() + ":" + url, "/api/v1/matters/" + south.code() + ":" + url);
    }

    private JsonNode engineRest(TestMunicipality municipality, String path) throws Exception {
        HttpResponse<String> response = new HttpTestClient().get(base() + path, "Authorization",
                basic(municipality.user(Role.ADMIN)));
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private int engineRestStatus(TestMunicipality municipality, String path) throws Exception {
        return new HttpTestClient().get(base() + path, "Authorization", basic(municipality.user(Role.ADMIN)))
                .statusCode();
    }

    private static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + HttpTestClient.DEMO_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }
}
