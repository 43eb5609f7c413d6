package se.namndflode.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.namndflode.HttpTestClient;

/**
 * Sends every endpoint of {@code /api/v1} (found from Spring MVC's own mappings, so a new endpoint is swept
 * too) malformed bodies, content types and parameters, signed in with several roles and not at all, through the
 * real server: no answer may be a 5xx, and every error is an RFC 9457 problem with a Swedish detail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("integration")
class ApiSweepTest {

    private static final List<String> BODIES = List.of("{}", "not json", "{\"a\":", "[]", "null",
            "{\"title\":123,\"kind\":\"NOPE\",\"boardId\":\"x\",\"answerDue\":\"2026-13-45\",\"outcome\":\"NOPE\","
                    + "\"reason\":[1],\"date\":\"igår\",\"reportAgain\":\"kanske\"}",
            "{\"title\":\"" + "x".repeat(5000) + "\",\"boardId\":-1}");
    private static final String BAD_PARAMETERS = "?page=-1&size=abc&kind=NOPE&boardId=x&status=NOPE&due=NOPE"
            + "&sort=NOPE&q=%25%00";
    private static final List<String> PATH_VALUES = List.of("SOF-2026-999999", "x", "999999999");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private record Endpoint(String method, String pattern) {
    }

    private List<Endpoint> endpoints() {
        Set<Endpoint> found = new LinkedHashSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            for (String pattern : mapping.getKey().getPatternValues()) {
                if (!pattern.startsWith("/api/v1/")) {
                    continue;
                }
                Set<RequestMethod> methods = mapping.getKey().getMethodsCondition().getMethods();
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    found.add(new Endpoint(method.name(), pattern));
                }
            }
        }
        return new ArrayList<>(found);
    }

    @Test
    void noMalformedRequestToTheApiAnswersA5xxAndEveryErrorIsAProblem() throws Exception {
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).as("the API's endpoints").hasSizeGreaterThan(10);
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (String username : new String[] {null, "registrator", "ledamot", "admin"}) {
            HttpTestClient client = new HttpTestClient();
            String[] csrf = new String[0];
            if (username != null) {
                client.signIn(url(""), username);
                String start = client.get(url("/")).headers().firstValue("Location").orElseThrow();
                csrf = new String[] {"X-CSRF-TOKEN", HttpTestClient.csrfToken(client.get(start).body())};
            }
            for (Endpoint endpoint : endpoints) {
                for (String value : PATH_VALUES) {
                    String path = endpoint.pattern().replaceAll("\\{[^}]+}", value);
                    if (endpoint.method().equals("GET")) {
                        failures.addAll(check(client.send("GET", url(path + BAD_PARAMETERS), null, null, csrf),
                                endpoint, "parameters"));
                        sent++;
                        continue;
                    }
                    for (String body : BODIES) {
                        failures.addAll(check(client.send(endpoint.method(), url(path + BAD_PARAMETERS),
                                "application/json", body, csrf), endpoint, body));
                        sent++;
                    }
                    failures.addAll(check(client.send(endpoint.method(), url(path), "text/plain", "hej", csrf),
                            endpoint, "text/plain"));
                    failures.addAll(check(client.send(endpoint.method(), url(path),
                            "multipart/form-data; boundary=x", "--x\r\nbroken", csrf), endpoint, "broken multipart"));
                    sent += 2;
                }
            }
        }
        // An unknown path and an unknown method are refused as problems too.
        failures.addAll(check(new HttpTestClient().send("GET", url("/api/v1/finns-inte"), null, null),
                new Endpoint("GET", "/api/v1/finns-inte"), "unknown"));
        assertThat(sent).isGreaterThan(500);
        assertThat(failures).as("answers that are 5xx or not a problem").isEmpty();
    }

    @Test
    void someoneWhoMayNotRegisterIsRefusedBeforeTheirInputIsValidated() throws Exception {
        for (String username : List.of("ledamot", "admin")) {
            HttpTestClient client = new HttpTestClient();
            client.signIn(url(""), username);
            String start = client.get(url("/")).headers().firstValue("Location").orElseThrow();
            HttpResponse<String> refused = client.send("POST", url("/api/v1/matters"), "application/json", "{}",
                    "X-CSRF-TOKEN", HttpTestClient.csrfToken(client.get(start).body()));
            assertThat(refused.statusCode()).as(username).isEqualTo(403);
            assertThat(refused.body()).contains("forbidden").doesNotContain("fields");
        }
    }

    @Test
    void aWriteWithoutTheCsrfTokenIsRefusedSayingSoAndHowToSendIt() throws Exception {
        HttpTestClient client = new HttpTestClient();
        client.signIn(url(""), "registrator");
        for (String[] token : List.of(new String[0], new String[] {"X-CSRF-TOKEN", "fel"})) {
            HttpResponse<String> refused = client.send("POST", url("/api/v1/matters"), "application/json", "{}",
                    token);
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(refused.body()).contains("https://namndflode.se/problem/csrf-missing")
                    .contains("CSRF-token saknas eller är ogiltig").contains("X-CSRF-TOKEN")
                    .doesNotContain("behörighet");
        }
    }

    private List<String> check(HttpResponse<String> response, Endpoint endpoint, String what) {
        int status = response.statusCode();
        String where = endpoint.method() + " " + response.uri().getPath() + " (" + what.substring(0,
                Math.min(what.length(), 40)) + ") -> " + status;
        if (status >= 500) {
            return List.of(where + ": " + response.body().substring(0, Math.min(200, response.body().length())));
        }
        if (status >= 400) {
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("application/problem+json") || !response.body().contains("\"type\"")
                    || !response.body().contains("\"detail\"")) {
                return List.of(where + " is not a problem: " + type + " "
                        + response.body().substring(0, Math.min(120, response.body().length())));
            }
        }
        return List.of();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
