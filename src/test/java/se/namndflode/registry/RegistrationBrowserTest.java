package se.namndflode.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.namndflode.Browser;
import se.namndflode.BrowserTest;
import se.namndflode.MunicipalityFixtures;
import se.namndflode.WorkSteps;
import se.namndflode.organisation.Accounts;
import se.namndflode.organisation.OrganisationAdmin;
import se.namndflode.shared.security.Role;

/**
 * The registrar's daily work: from the start page's "Registrera ärende", a remiss and the letter that came with it
 * on one form; the matter page then offers what comes next; a refused file saves nothing. The manager gives the
 * matter to a case officer, and the matter page tells it as sentences with people's names and shows where the
 * matter stands; the case officer finds it in her "Mina ärenden" with its step, her name and its answer date, and
 * no matter of another case officer there.
 */
@BrowserTest
class RegistrationBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    OrganisationAdmin organisationAdmin;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    private final WorkSteps steps = new WorkSteps(browser);
    private final String title = "Remiss om kommunal vuxenutbildning " + ThreadLocalRandom.current().nextInt(100_000, 999_999);

    @Test
    void aRemissIsRegisteredWithItsLetterInOneFormAndItsHistoryReadsAsSentences() {
        // Another case officer of Socialnämnden, with a remiss of her own.
        Long stockholm = jdbc.queryForObject("select id from municipality where code = 'stockholm'", Long.class);
        String colleague = new MunicipalityFixtures(organisationAdmin, accounts).account(
                "kollega." + MunicipalityFixtures.letters(6), Set.of(Role.CASE_OFFICER), Set.of(stockholm));
        String colleaguesTitle = "Remiss om färdtjänst " + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        steps.signInAs("registrator");
        String colleaguesMatter = steps.register(colleaguesTitle, LocalDate.now().plusDays(30), null,
                "Testperson " + colleague);

        browser.open("/");
        browser.submit(By.linkText("Registrera ärende"));
        browser.waitForPath("/arenden/ny");
        Path letter = WorkSteps.file("remiss-vuxenutbildning.pdf", WorkSteps.PDF);
        LocalDate answerDue = LocalDate.now().plusDays(40);
        steps.fillRegistration(title, answerDue, letter, null);
        browser.submit(By.cssSelector("form[action$='/arenden'] button[type=submit].primary"));

        String number = browser.find(By.cssSelector("h1 span")).getText();
        assertThat(number).matches("SOF \\d{4}/\\d+");
        assertThat(browser.audited()).as("axe-core checked the matter page").isTrue();
        assertThat(browser.find(By.id("next-heading")).getText()).contains("vad vill du göra nu");
        assertThat(browser.texts(By.cssSelector(".next-steps a")))
                .contains("Tilldela handläggare", "Registrera fler handlingar", "Registrera ett nytt ärende");
        assertThat(browser.find(By.cssSelector("table.documents")).getText())
                .contains(number + "-1", title, "remiss-vuxenutbildning.pdf", "Inkommande");
        assertThat(browser.texts(By.cssSelector(".story .story-text"))).contains(
                "Lena Ahl registrerade ärendet (Remiss, Socialnämnden).",
                "Lena Ahl registrerade handlingen " + number + "-1 " + title + ".");
        assertThat(browser.find(By.cssSelector("dl.facts")).getText())
                .contains("Väntar på", "Fördela ärendet – ledig för Chef");

        // The manager gives it to a case officer from the group's list.
        steps.signInAs("chef");
        steps.takeFromGroupList(title, "Fördela ärendet");
        new Select(browser.find(By.id("caseOfficer"))).selectByVisibleText("Sofia Lind");
        browser.submit(By.cssSelector("main form.form button[type=submit].primary"));

        String address = number.replace(' ', '-').replace('/', '-');
        browser.open("/arenden/" + address);
        assertThat(browser.texts(By.cssSelector(".story .story-text"))).contains(
                "Erik Holm tog uppgiften ”Fördela ärendet”.",
                "Erik Holm gav ärendet till handläggaren Sofia Lind.")
                .noneMatch(line -> line.contains("REFERRAL") || line.contains("chef "));
        assertThat(browser.find(By.cssSelector("dl.facts")).getText())
                .contains("Skriv tjänsteutlåtande – Sofia Lind");

        // Found in the register's list by its title.
        browser.open("/arenden?q=" + URLEncoder.encode(title, StandardCharsets.UTF_8));
        assertThat(browser.find(By.tagName("main")).getText()).contains(number, title);

        // The case officer finds it in her "Mina ärenden": from the menu to the matter list, then its own view.
        steps.signInAs("handlaggare");
        browser.submit(By.cssSelector(".main-nav a[href='/arenden']"));
        browser.waitForPath("/arenden");
        assertThat(rowOf(colleaguesMatter)).as("all matters: the colleague's remiss is listed").isNotNull();
        browser.submit(By.id("my-matters"));
        browser.waitForHeading("Mina ärenden");
        assertThat(browser.driver().getCurrentUrl()).contains("mine=true");
        assertThat(browser.find(By.id("my-matters")).getAttribute("aria-current")).isEqualTo("page");
        Map<String, String> row = rowOf(address);
        assertThat(row).as("her remiss in Mina ärenden").isNotNull();
        assertThat(row.get("Rubrik")).isEqualTo(title);
        assertThat(row.get("Steg")).isEqualTo("Väntar på: Skriv tjänsteutlåtande");
        assertThat(row.get("Handläggare")).isEqualTo("Sofia Lind");
        assertThat(row.get("Svar senast")).isEqualTo(answerDue.toString());
        assertThat(rowOf(colleaguesMatter)).as("another case officer's remiss is not in her Mina ärenden").isNull();
        assertThat(browser.texts(By.cssSelector("#matter-list tbody td:nth-child(6)")))
                .as("only her own matters").isNotEmpty().allMatch("Sofia Lind"::equals);
    }

    /**
     * The matter list's row of a matter (by its address, e.g. SOF-2026-12) as column heading to cell text, or null
     * when the page shows no such row.
     */
    private Map<String, String> rowOf(String address) {
        List<String> headings = browser.texts(By.cssSelector("#matter-list thead th"));
        List<WebElement> rows = browser.driver().findElements(By.xpath(
                "//table[@id='matter-list']/tbody/tr[td[1]/a[@href='/arenden/" + address + "']]"));
        if (rows.isEmpty()) {
            return null;
        }
        List<WebElement> cells = rows.get(0).findElements(By.tagName("td"));
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            row.put(headings.get(i), cells.get(i).getText());
        }
        return row;
    }

    @Test
    void aRefusedFileSavesNeitherTheMatterNorTheDocument() {
        steps.signInAs("registrator");
        browser.open("/arenden/ny");
        String refused = title + " (textfil)";
        steps.fillRegistration(refused, LocalDate.now().plusDays(40),
                WorkSteps.file("anteckning.txt", "Bara text".getBytes(StandardCharsets.UTF_8)), null);
        browser.submit(By.cssSelector("form[action$='/arenden'] button[type=submit].primary"));

        assertThat(browser.find(By.id("document.file-error")).getText()).contains("PDF");
        assertThat(browser.find(By.id("title")).getAttribute("value")).isEqualTo(refused);
        browser.open("/arenden?q=" + URLEncoder.encode(refused, StandardCharsets.UTF_8));
        assertThat(browser.find(By.tagName("main")).getText()).doesNotContain(refused);
    }
}
