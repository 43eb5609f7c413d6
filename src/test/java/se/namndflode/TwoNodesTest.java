package se.namndflode;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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
            String nodeA = "http://localhost:" + port(first);
            String nodeB = "http://localhost:" + port(second);
            HttpTestClient browser = new HttpTestClient();
            browser.signIn(nodeA, "sekreterare");
            // The same cookie, presented to the other node (as a load balancer would).
            String session = "SESSION=" + browser.sessionId();

            HttpResponse<String> onB = browser.get(nodeB + "/start/sekreterare", "Cookie", session);
            assertThat(onB.statusCode()).isEqualTo(200);
            assertThat(onB.body()).contains("Nämndsekreterare").contains("Karin Berg");

            HttpResponse<String> signOut = browser.postForm(nodeB + "/logout",
                    "_csrf=" + HttpTestClient.encode(HttpTestClient.csrfToken(onB.body())), "Cookie", session);
            assertThat(signOut.statusCode()).isEqualTo(302);

            HttpResponse<String> backOnA = browser.get(nodeA + "/start/sekreterare", "Cookie", session);
            assertThat(backOnA.statusCode()).isEqualTo(302);
            assertThat(backOnA.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/login"));
        }
    }

    private static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    private static ConfigurableApplicationContext startNode() {
        return new SpringApplicationBuilder(NamndflodeApplication.class).run("--server.port=0",
                "--camunda.bpm.job-execution.enabled=false");
    }
}
