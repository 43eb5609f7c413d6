package se.namndflode.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.namndflode.Browser;
import se.namndflode.BrowserTest;

/** A board's page as its members and staff see it. */
@BrowserTest
class BoardBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void socialnamndenShowsItsThirteenMembersWithChairAndViceChair() {
        browser.signIn("sekreterare");
        browser.open("/namnder");
        browser.find(By.linkText("Socialnämnden")).click();
        browser.waitForPath("/namnder/" + boardId("stockholm", "Socialnämnden"));
        // A day inside the demo term (2023–2026), so the page does not depend on when the test runs.
        browser.open(browser.path() + "?day=2025-06-02");

        assertThat(browser.h1()).isEqualTo("Socialnämnden");
        List<WebElement> members = browser.driver()
                .findElements(By.cssSelector("table[aria-labelledby='members-heading'] tbody tr"));
        assertThat(members).hasSize(13);
        List<String> rows = members.stream().map(row -> row.findElements(By.tagName("td")).stream()
                .map(WebElement::getText).toList()).map(cells -> String.join(" | ", cells)).toList();
        assertThat(rows).contains("Alexander Ojanne | S | ordförande", "Jan Jönsson | L | vice ordförande");
        assertThat(rows).filteredOn(row -> row.endsWith("| ordförande")).hasSize(1);
        assertThat(rows).filteredOn(row -> row.endsWith("| vice ordförande")).hasSize(1);
        assertThat(browser.driver().findElements(By.cssSelector("main .notice.warning")))
                .as("no vacant seats").isEmpty();
        browser.screenshot("board-socialnamnden");
    }

    private Long boardId(String municipality, String name) {
        return jdbc.queryForObject("""
                select b.id from board b join municipality m on m.id = b.municipality_id
                where m.code = ? and b.name = ?""", Long.class, municipality, name);
    }
}
