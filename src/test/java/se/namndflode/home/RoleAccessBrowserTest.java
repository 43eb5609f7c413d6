package se.namndflode.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.namndflode.Browser;
import se.namndflode.BrowserTest;

/**
 * Each demo login, in a real browser: where it lands after signing in, and what its role may and may not see.
 */
@BrowserTest
class RoleAccessBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest(name = "{0} lands on /start/{1}")
    @CsvSource(delimiter = '|', textBlock = """
            handlaggare         | handlaggare      | Handläggare       | Sofia Lind
            chef                | chef             | Chef              | Erik Holm
            forvaltningschef    | forvaltningschef | Förvaltningschef  | Maria Nyström
            registrator         | registrator      | Registrator       | Lena Ahl
            sekreterare         | sekreterare      | Nämndsekreterare  | Karin Berg
            admin               | admin            | Administration    | Systemförvaltare
            ordforande          | ledamot          | Förtroendevald    | Alexander Ojanne
            ledamot             | ledamot          | Förtroendevald    | Andrea Hedin
            handlaggare.sjostad | handlaggare      | Handläggare       | Nora Falk
            """)
    void aDemoUserSignsInAndLandsOnTheStartPageOfTheirRole(String username, String startPage, String heading,
            String displayName) {
        browser.open("/");
        browser.waitForPath("/login");

        browser.signIn(username);

        browser.waitForPath("/start/" + startPage);
        assertThat(browser.h1()).isEqualTo(heading);
        assertThat(browser.find(By.cssSelector(".user-name")).getText()).isEqualTo(displayName);
        browser.screenshot("start-" + username);
    }

    @Test
    void theCaseOfficerIsRefusedAdministrationTheAuditLogAndCockpit() {
        browser.signIn("handlaggare");
        for (String forbidden : List.of("/admin/partier", "/admin/logg", "/camunda/app/cockpit/default/")) {
            browser.open(forbidden);
            assertThat(browser.h1()).as(forbidden).isEqualTo("Ingen behörighet");
        }
        // Staff work with matters; administration is not in a case officer's menu.
        assertThat(browser.texts(By.cssSelector(".main-nav a"))).contains("Start", "Ärenden", "Nämnder")
                .doesNotContain("Administration");
        browser.screenshot("forbidden-handlaggare-cockpit");
    }

    @Test
    void theAdministratorSeesTheAdministrationHub() {
        browser.signIn("admin");
        browser.waitForPath("/start/admin");

        // Administrators read the goals (they maintain the goal model) but have no matter work.
        assertThat(browser.texts(By.cssSelector(".main-nav a"))).containsExactly("Start", "Mål", "Måluppfyllelse", "Uppföljning",
                "Nämnder", "Administration");
        List<String> hub = browser.driver().findElements(By.cssSelector("main nav.card a")).stream()
                .map(link -> link.getText() + " -> " + java.net.URI.create(link.getAttribute("href")).getPath())
                .toList();
        assertThat(hub).contains("Partier -> /admin/partier", "Händelselogg -> /admin/logg",
                "Camunda Cockpit (processer) -> /camunda/app/cockpit/default/",
                "Camunda Tasklist -> /camunda/app/tasklist/default/",
                "Camunda Admin -> /camunda/app/admin/default/");

        browser.find(By.linkText("Partier")).click();
        browser.waitForPath("/admin/partier");
        assertThat(browser.h1()).isEqualTo("Partier");

        browser.open("/admin");
        browser.find(By.linkText("Händelselogg")).click();
        browser.waitForPath("/admin/logg");
        assertThat(browser.h1()).isEqualTo("Händelselogg");
    }

    @Test
    void theAdministratorOpensCockpitWithoutASecondLogin() {
        browser.signIn("admin");
        browser.find(By.partialLinkText("Camunda Cockpit")).click();
        browser.waitForPath("/camunda/app/cockpit/default/");

        // Cockpit is a single-page application: wait until it has rendered its dashboard for the signed-in
        // administrator (not its own login form), with figures fetched through its API under the same sign-in.
        browser.waiting().until(ExpectedConditions.titleContains("Camunda Cockpit"));
        // The header first shows the user id, then the name from the engine's user profile (another API call).
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".account .dropdown-toggle"), "Systemförvaltare"));
        By deployedProcesses = By.cssSelector("section.deployed .stats-section.processes .value");
        browser.waiting().until(driver -> driver.findElements(deployedProcesses).stream()
                .anyMatch(value -> value.getText().trim().matches("[1-9][0-9]*")));
        assertThat(browser.driver().findElements(By.cssSelector("form[name='signinForm']"))).isEmpty();
        assertThat(browser.path()).isEqualTo("/camunda/app/cockpit/default/");
        browser.screenshot("cockpit-admin");
    }

    @Test
    void aCaseOfficerOfSjostadSeesOnlySjostadsBoards() {
        Long socialnamnden = jdbc.queryForObject("""
                select b.id from board b join municipality m on m.id = b.municipality_id
                where m.code = 'stockholm' and b.name = 'Socialnämnden'""", Long.class);
        browser.signIn("handlaggare.sjostad");

        browser.open("/namnder");
        assertThat(browser.h1()).isEqualTo("Nämnder");
        assertThat(browser.texts(By.cssSelector("main table tbody td:first-child")))
                .containsExactly("Barn- och utbildningsnämnden");
        assertThat(browser.find(By.tagName("main")).getText()).doesNotContain("Socialnämnden", "Stockholms stad");

        browser.open("/namnder/" + socialnamnden);
        assertThat(browser.find(By.cssSelector("main .notice.error")).getText())
                .isEqualTo("Nämnden finns inte, eller så har du inte tillgång till den.");
        assertThat(browser.find(By.tagName("main")).getText()).doesNotContain("Alexander Ojanne");
    }
}
