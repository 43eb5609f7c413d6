package se.namndflode.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.namndflode.HttpTestClient;

/**
 * OWASP ASVS level 2 (V3 sessions, V14.4 headers), through the real server: the security headers on pages, the
 * JSON API, files and the engine's REST API; HSTS and a Secure session cookie behind an HTTPS proxy; and no
 * session stored for an anonymous caller.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("integration")
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void assertHardened(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Security-Policy")).as("CSP")
                .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'").contains("script-src 'self'")
                        .contains("object-src 'none'").contains("frame-ancestors 'self'").doesNotContain("unsafe"));
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("SAMEORIGIN");
    }

    @Test
    void pagesTheApiAndTheEngineRestApiCarryTheSecurityHeaders() throws Exception {
        HttpTestClient client = new HttpTestClient();
        assertHardened(client.get(url("/login")));
        assertHardened(client.get(url("/api/v1/matters")));
        client.signIn(url(""), "registrator");
        assertHardened(client.get(url("/arenden")));
        assertHardened(client.get(url("/api/v1/matters")));
        assertHardened(client.get(url("/css/app.css")));
        String basic = "Basic " + Base64.getEncoder().encodeToString(("admin:" + HttpTestClient.DEMO_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        assertHardened(client.get(url("/engine-rest/engine"), "Authorization", basic));
    }

    @Test
    void behindAnHttpsProxyTheResponseAsksForHttpsAndTheSessionCookieIsSecure() throws Exception {
        HttpResponse<String> plain = new HttpTestClient().get(url("/login"));
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();

        HttpResponse<String> proxied = new HttpTestClient().get(url("/login"), "X-Forwarded-Proto", "https");
        assertThat(proxied.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000").contains("includeSubDomains"));
        assertThat(proxied.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("SESSION="))
                .allSatisfy(cookie -> assertThat(cookie).contains("Secure").contains("HttpOnly"));
    }

    @Test
    void anonymousApiCallsLeaveNoStoredSession() throws Exception {
        int before = sessions();
        for (int call = 0; call < 20; call++) {
            HttpResponse<String> refused = new HttpTestClient().get(url("/api/v1/matters?q=" + call));
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("SESSION="));
        }
        assertThat(sessions()).isEqualTo(before);
    }

    private int sessions() {
        return jdbc.queryForObject("select count(*) from spring_session", Integer.class);
    }
}
