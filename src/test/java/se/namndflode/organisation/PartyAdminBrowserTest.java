package se.namndflode.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import se.namndflode.Browser;
import se.namndflode.BrowserTest;

/** An administrator creates parties through the form: a taken code is refused next to its field. */
@BrowserTest
class PartyAdminBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void aTakenCodeIsRefusedNextToTheFieldAndAValidPartyIsListed() {
        browser.signIn("admin");
        browser.open("/admin/partier");
        browser.find(By.linkText("Nytt parti")).click();
        browser.waitForPath("/admin/partier/ny");
        assertThat(browser.h1()).isEqualTo("Nytt parti");

        fillIn("Stockholms stad", "S", "Socialdemokraterna en gång till");

        WebElement error = browser.find(By.id("code-error"));
        assertThat(error.getText()).isEqualTo("Det finns redan ett parti med koden S i kommunen.");
        WebElement code = browser.driver().findElement(By.id("code"));
        assertThat(code.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(code.getAttribute("aria-describedby")).isEqualTo("code-error");
        assertThat(code.getAttribute("value")).isEqualTo("S");
        // The message sits in the code field's own box, right after the input.
        assertThat(browser.driver().findElements(By.xpath(
                "//div[contains(@class,'field') and contains(@class,'has-error')][input[@id='code']]"
                        + "/p[@id='code-error']"))).hasSize(1);
        assertThat(browser.find(By.id("error-summary")).getText())
                .contains("Det finns redan ett parti med koden S i kommunen.");
        browser.screenshot("party-taken-code");

        browser.open("/admin/partier");
        assertThat(partyRows()).filteredOn(row -> row.startsWith("S | ") && row.endsWith(" | Stockholms stad"))
                .containsExactly("S | Socialdemokraterna | Stockholms stad");

        String newCode = "T" + letters(5);
        browser.find(By.linkText("Nytt parti")).click();
        browser.waitForPath("/admin/partier/ny");
        fillIn("Stockholms stad", newCode, "Testpartiet " + newCode);

        browser.waitForPath("/admin/partier");
        assertThat(browser.find(By.cssSelector("main .notice.success")).getText())
                .isEqualTo("Sparat: " + newCode + " – Testpartiet " + newCode);
        assertThat(partyRows()).contains(newCode + " | Testpartiet " + newCode + " | Stockholms stad");
        browser.screenshot("party-saved");
    }

    private static void fillIn(String municipality, String code, String name) {
        new Select(browser.find(By.id("municipalityId"))).selectByVisibleText(municipality);
        WebElement codeField = browser.find(By.id("code"));
        codeField.clear();
        codeField.sendKeys(code);
        WebElement nameField = browser.find(By.id("name"));
        nameField.clear();
        nameField.sendKeys(name);
        browser.find(By.cssSelector("main form button[type=submit]")).click();
    }

    private static List<String> partyRows() {
        return browser.driver().findElements(By.cssSelector("main table tbody tr")).stream()
                .map(row -> String.join(" | ", row.findElements(By.tagName("td")).stream()
                        .map(WebElement::getText).toList()))
                .toList();
    }

    /** Party codes are letters only; a random tail keeps the code unused however often the suite runs. */
    private static String letters(int count) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < count; i++) {
            letters.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return letters.toString();
    }
}
