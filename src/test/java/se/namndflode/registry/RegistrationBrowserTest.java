package se.namndflode.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import se.namndflode.Browser;
import se.namndflode.BrowserTest;
import se.namndflode.WorkSteps;

/**
 * The registrar's daily work: from the start page's "Registrera ärende", a remiss and the letter that came with it
 * on one form; the matter page then offers what comes next; a refused file saves nothing. The manager gives the
 * matter to a case officer, and the matter page tells it as sentences with people's names and shows where the
 * matter stands.
 */
@BrowserTest
class RegistrationBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    private final WorkSteps steps = new WorkSteps(browser);
    private final String title = "Remiss om kommunal vuxenutbildning " + ThreadLocalRandom.current().nextInt(100_000, 999_999);

    @Test
    void aRemissIsRegisteredWithItsLetterInOneFormAndItsHistoryReadsAsSentences() {
        steps.signInAs("registrator");
        browser.submit(By.linkText("Registrera ärende"));
        browser.waitForPath("/arenden/ny");
        Path letter = WorkSteps.file("remiss-vuxenutbildning.pdf", WorkSteps.PDF);
        steps.fillRegistration(title, LocalDate.now().plusDays(40), letter, null);
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

        browser.open("/arenden/" + number.replace(' ', '-').replace('/', '-'));
        assertThat(browser.texts(By.cssSelector(".story .story-text"))).contains(
                "Erik Holm tog uppgiften ”Fördela ärendet”.",
                "Erik Holm gav ärendet till handläggaren Sofia Lind.")
                .noneMatch(line -> line.contains("REFERRAL") || line.contains("chef "));
        assertThat(browser.find(By.cssSelector("dl.facts")).getText())
                .contains("Skriv tjänsteutlåtande – Sofia Lind");

        // Found in the register's list by its title. (Its step and case officer as columns are the matter list's.)
        browser.open("/arenden?q=" + URLEncoder.encode(title, StandardCharsets.UTF_8));
        assertThat(browser.find(By.tagName("main")).getText()).contains(number, title);
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
