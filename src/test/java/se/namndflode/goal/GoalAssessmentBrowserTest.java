package se.namndflode.goal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import se.namndflode.Browser;
import se.namndflode.BrowserTest;

/**
 * Tertial 1 of the demo verksamhetsplan: the indicator owner enters the outcome left open (I31 under nämndmål
 * 1.3.2), the official sees the proposal this gives with its explanation, overrides it with a justification
 * (refused without one, next to the field), and the manager sees the override marked.
 */
@BrowserTest
class GoalAssessmentBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    private static final String TREE = "/mal?kommun=stockholm&ar=2026&period=T1";

    @Test
    void anOverrideOfTheProposalNeedsAJustificationAndIsMarkedForTheManager() {
        browser.signIn("handlaggare");
        browser.open(TREE);
        browser.waitForHeading("Mål och indikatorer");
        browser.find(By.xpath("//tr[@id='goal-1.3.2']//a")).click();
        browser.find(By.id("proposal"));
        String goalPath = browser.path();
        assertThat(goalPath).matches("/mal/\\d+");

        // The indicator owner enters the outcome of tertial 1.
        browser.find(By.xpath("//tr[@id='indicator-I31']//a[contains(@class,'enter-outcome')]")).click();
        WebElement value = browser.find(By.id("value"));
        value.clear();
        value.sendKeys("70");
        browser.submit(By.cssSelector("main form button[type=submit]"));
        browser.waitForPath(goalPath);
        assertThat(browser.find(By.cssSelector("main .notice.success")).getText()).isEqualTo("Utfallet är sparat.");
        assertThat(browser.find(By.xpath("//tr[@id='indicator-I31']/td[contains(@class,'outcome')]")).getText())
                .isEqualTo("70 %");

        // The official sees the proposal and why.
        WebElement proposal = browser.find(By.id("proposal"));
        assertThat(proposal.getText()).contains("Uppfylls delvis")
                // The explanation names all the evidence: the indicators rated, those not measured in T1, the
                // goal's assignments.
                .contains("2 av 3 indikatorer når årsmålet; 2 indikatorer mäts inte i tertial 1; 3 uppdrag, inget "
                        + "med avvikelse. Förslag: Uppfylls delvis.")
                .contains("goal-rating");
        browser.screenshot("goal-proposal");

        // Overriding without a justification is refused next to the field.
        new Select(browser.find(By.id("rating"))).selectByVisibleText("Uppfylls helt");
        browser.find(By.id("justification")).clear();
        browser.submit(By.cssSelector("#assessment form button[type=submit]"));
        WebElement error = browser.find(By.id("justification-error"));
        assertThat(error.getText()).isEqualTo("Bedömningen avviker från förslaget (Uppfylls delvis). Skriv en motivering.");
        assertThat(browser.driver().findElement(By.id("justification")).getAttribute("aria-invalid")).isEqualTo("true");
        browser.screenshot("goal-override-refused");

        WebElement justification = browser.find(By.id("justification"));
        justification.sendKeys("Bedömningen grundas på att utfallet ligger så nära årsmålet att avvikelsen rör sig "
                + "om slumpen.");
        browser.submit(By.cssSelector("#assessment form button[type=submit]"));
        browser.waitForPath(goalPath);
        assertThat(browser.find(By.cssSelector("main .notice.success")).getText())
                .isEqualTo("Bedömningen är sparad.");
        assertThat(browser.find(By.id("assessment")).getText()).contains("Uppfylls helt")
                .contains("Avviker från förslaget");

        // The manager sees the override marked.
        browser.forgetSession();
        browser.signIn("chef");
        browser.open("/mal/avvikelser");
        browser.waitForHeading("Bedömningar som avviker från förslaget");
        WebElement row = browser.find(By.xpath("//table[@id='deviations']//tr[th[normalize-space()='1.3.2']]"));
        assertThat(row.getText()).contains("Uppfylls delvis").contains("Uppfylls helt")
                .contains("Avviker från förslaget").contains("rör sig om slumpen");
        assertThat(row.findElement(By.cssSelector(".badge.danger")).getText()).isEqualTo("Avviker från förslaget");
        browser.screenshot("goal-deviation-for-manager");
    }
}
