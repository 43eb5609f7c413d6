package se.namndflode;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application nodes on one database share the session: a user signed in on one node continues on the
 * other, and signing out on the second ends the session on the first. Nothing about a user lives in one JVM.
 */
@Tag("integration")
class TwoNodesTest {

    @Test
    void aSessionStartedOnOneNodeContinuesOnTheOther() throws Exception {
        try (ConfigurableApplicationContext first = startNode(); ConfigurableApplicationContext second = startNode()) {
            CookieManager cookies = new CookieManager();
            HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies)
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            String nodeA = "http://localhost:" + port(first);
            String nodeB = "http://localhost:" + port(second);

            signIn(browser, nodeA, "sekreterare");
            // The same cookie, presented to the other node (as a load balancer would).
            HttpCookie session = cookies.getCookieStore().getCookies().stream()
                    .filter(cookie -> cookie.getName().equals("SESSION")).findFirst().orElseThrow();
            HttpResponse<String> onB = browser.send(HttpRequest.newBuilder(URI.create(nodeB + "/start/sekreterare"))
                    .header("Cookie", "SESSION=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(onB.statusCode()).isEqualTo(200);
            assertThat(onB.body()).contains("Nämndsekreterare").contains("Karin Berg");

            String token = csrfToken(onB.body());
            HttpResponse<String> signOut = browser.send(HttpRequest.newBuilder(URI.create(nodeB + "/logout"))
                    .header("Cookie", "SESSION=" + session.getValue())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(token,
                            StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(signOut.statusCode()).isEqualTo(302);

            HttpResponse<String> backOnA = browser.send(HttpRequest.newBuilder(URI.create(nodeA
                    + "/start/sekreterare")).header("Cookie", "SESSION=" + session.getValue()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(backOnA.statusCode()).isEqualTo(302);
            assertThat(backOnA.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/login"));
        }
    }

    private static void signIn(HttpClient browser, String node, String username) throws Exception {
        String loginPage = browser.send(HttpRequest.newBuilder(URI.create(node + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String form = "username=" + username + "&password=namndflode&_csrf="
                + URLEncoder.encode(csrfToken(loginPage), StandardCharsets.UTF_8);
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(URI.create(node + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Location")).hasValue(node + "/");
    }

    private static String csrfToken(String page) {
        Matcher token = Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as("a CSRF token on the page").isTrue();
        return token.group(1);
    }

    private static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    private static ConfigurableApplicationContext startNode() {
        return new SpringApplicationBuilder(NamndflodeApplication.class).run("--server.port=0",
                "--camunda.bpm.job-execution.enabled=false");
    }
}
