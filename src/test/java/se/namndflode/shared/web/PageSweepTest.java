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
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.namndflode.HttpTestClient;

/**
 * Sends every HTML page reached by GET (found from Spring MVC's own mappings, so a new page is swept too)
 * malformed and out-of-range query parameters and path values, signed in with several roles and not at all,
 * through the real server: no answer is a 5xx, none is the page of an unexpected error, and none is JSON — a
 * page's refusal is a page, in Swedish, naming what was wrong.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("integration")
class PageSweepTest {

    private static final List<String> BAD_PARAMETERS = List.of("?page=abc", "?page=-1", "?days=abc", "?days=-5",
            "?days=100000", "?ar=abc", "?ar=99999", "?boardId=x", "?namnd=x&kind=NOPE&state=NOPE&type=NOPE");
    private static final List<String> PATH_VALUES = List.of("x", "-1", "999999999");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private List<String> pages() {
        Set<String> found = new LinkedHashSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            Set<RequestMethod> methods = mapping.getKey().getMethodsCondition().getMethods();
            if (mapping.getValue().getBeanType().isAnnotationPresent(RestController.class)
                    || !(methods.isEmpty() || methods.contains(RequestMethod.GET))) {
                continue;
            }
            for (String pattern : mapping.getKey().getPatternValues()) {
                if (!pattern.startsWith("/api/") && !pattern.startsWith("/error") && !pattern.matches(
                        ".*\\.(json|atom|csv|pdf|docx|ics)$") && !pattern.contains("/camunda")
                        && !pattern.startsWith("/engine-rest") && !pattern.startsWith("/logout")) {
                    found.add(pattern);
                }
            }
        }
        return new ArrayList<>(found);
    }

    @Test
    void noMalformedParameterOfAPageAnswersA5xxAnUnexpectedErrorOrJson() throws Exception {
        List<String> pages = pages();
        assertThat(pages).as("the pages").hasSizeGreaterThan(30);
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (String username : new String[] {null, "chef", "handlaggare", "admin"}) {
            HttpTestClient client = new HttpTestClient();
            if (username != null) {
                client.signIn(url(""), username);
            }
            for (String pattern : pages) {
                List<String> paths = pattern.contains("{") ? PATH_VALUES.stream()
                        .map(value -> pattern.replaceAll("\\{[^}]+}", value)).toList() : List.of(pattern);
                for (String path : paths) {
                    for (String parameters : BAD_PARAMETERS) {
                        failures.addAll(check(client.get(url(path + parameters)), username));
                        sent++;
                    }
                }
            }
        }
        assertThat(sent).isGreaterThan(500);
        assertThat(failures).as("answers that are 5xx, an unexpected error or JSON").isEmpty();
    }

    @Test
    void theOverviewRefusesADaysThatIsNotANumberOrOutOfRangeNamingIt() throws Exception {
        HttpTestClient chef = signedIn("chef");
        for (String days : List.of("abc", "-5", "366")) {
            assertRefusedNaming(chef.get(url("/oversikt?days=" + days)), "days");
        }
        assertThat(chef.get(url("/oversikt?days=-5")).body()).contains("mellan 0 och 365");
        assertThat(chef.get(url("/oversikt?days=30")).statusCode()).isEqualTo(200);
    }

    @Test
    void theGoalOverviewRefusesAYearThatIsNotANumberOrOutOfRange() throws Exception {
        HttpTestClient chef = signedIn("chef");
        for (String year : List.of("abc", "99999", "-1")) {
            assertRefusedNaming(chef.get(url("/mal/oversikt?ar=" + year)), "ar");
        }
    }

    @Test
    void reassigningWithACaseOfficerThatIsNotANumberIsRefusedNamingIt() throws Exception {
        HttpTestClient chef = signedIn("chef");
        String token = HttpTestClient.csrfToken(chef.get(url("/oversikt")).body());
        HttpResponse<String> refused = chef.postForm(url("/oversikt/arenden/1/handlaggare"),
                "caseOfficerId=abc&version=0&_csrf=" + HttpTestClient.encode(token));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("caseOfficerId").doesNotContain("oväntat fel");
    }

    @Test
    void thePublicNoticeBoardAnswersBadAddressesWithSwedishPagesNotJson() throws Exception {
        HttpTestClient visitor = new HttpTestClient();
        HttpResponse<String> badPage = visitor.get(url("/anslagstavla/stockholm?page=abc"));
        assertThat(badPage.statusCode()).isEqualTo(400);
        assertThat(badPage.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(badPage.body()).contains("page").doesNotContain("Bad Request");
        assertThat(visitor.get(url("/anslagstavla/stockholm?page=-1")).statusCode()).isEqualTo(400);
        HttpResponse<String> noSuch = visitor.get(url("/anslagstavla/-1"));
        assertThat(noSuch.statusCode()).isEqualTo(404);
        assertThat(noSuch.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(noSuch.body()).contains("Sidan finns inte");
        // The API keeps answering problems.
        assertThat(visitor.get(url("/api/v1/notices?page=-1")).headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/problem+json");
    }

    private List<String> check(HttpResponse<String> response, String username) {
        int status = response.statusCode();
        String where = username + " GET " + response.uri().getPath() + "?" + response.uri().getQuery() + " -> "
                + status;
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (status >= 500) {
            return List.of(where + ": " + response.body().substring(0, Math.min(300, response.body().length())));
        }
        if (status >= 400 && (type.contains("json") || response.body().contains("oväntat fel"))) {
            return List.of(where + " " + type + " " + response.body().substring(0, Math.min(200,
                    response.body().length())));
        }
        return List.of();
    }

    /** 400, the refusal page (HTML, in Swedish) naming the parameter, never the page of an unexpected error. */
    private static void assertRefusedNaming(HttpResponse<String> refused, String parameter) {
        String what = refused.uri().toString();
        assertThat(refused.statusCode()).as(what).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).as(what).startsWith("text/html");
        assertThat(refused.body()).as(what).contains("Det gick inte").contains("för " + parameter)
                .doesNotContain("oväntat fel");
    }

    private HttpTestClient signedIn(String username) throws Exception {
        HttpTestClient client = new HttpTestClient();
        client.signIn(url(""), username);
        return client;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
