package se.namndflode.followup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import se.namndflode.Browser;
import se.namndflode.BrowserTest;

/**
 * Tertial 1 of a board's plan (a municipality of the test's own, its people signing in): the manager starts the
 * follow-up, the indicator owner finds the task in Mina uppgifter and enters the outcomes, the official assesses
 * each goal bottom-up with the DMN proposal shown, and the compiled report renders and is a board matter in the
 * registry. The job executor is off in tests: the test runs the steps it would run between the people's steps.
 */
@BrowserTest
class FollowUpBrowserTest extends FollowUpTestSupport {

    @RegisterExtension
    static final Browser browser = new Browser();

    @BeforeEach
    void municipality() {
        setUpMunicipality();
    }

    void enterOutcome(Long followUpId, String code, String value) {
        browser.open("/uppfoljning/" + followUpId);
        browser.submit(By.id("enter-" + code));
        WebElement field = browser.find(By.id("value"));
        field.clear();
        field.sendKeys(value);
        WebElement forecast = browser.find(By.id("forecastValue"));
        forecast.clear();
        forecast.sendKeys(value);
        browser.submit(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.find(By.cssSelector("main .notice.success")).getText()).isEqualTo("Utfallet är sparat.");
    }

    void assessWithProposal(Long followUpId, String number) {
        browser.open("/uppfoljning/" + followUpId);
        browser.submit(By.linkText("Bedöm " + number));
        WebElement proposal = browser.find(By.id("proposal"));
        assertThat(proposal.getText()).as("the proposal of " + number).contains("Uppfylls").contains("goal-rating");
        new Select(browser.find(By.id("rating"))).selectByVisibleText("Uppfylls helt");
        WebElement justification = browser.find(By.id("justification"));
        justification.clear();
        justification.sendKeys("Bedömningen grundas på att indikatorerna når årsmålen.");
        browser.submit(By.cssSelector("#assessment form button[type=submit]"));
        assertThat(browser.find(By.cssSelector("main .notice.success")).getText()).isEqualTo("Bedömningen är sparad.");
    }

    @Test
    void aManagerStartsT1TheOwnerEntersOutcomesTheOfficialAssessesAndTheReportBecomesABoardMatter() {
        // The manager starts T1.
        browser.signIn(manager());
        browser.open("/uppfoljning");
        browser.waitForHeading("Uppföljning");
        new Select(browser.find(By.id("boardId"))).selectByValue(kommun.boardId().toString());
        new Select(browser.find(By.id("periodCode"))).selectByValue("T1");
        WebElement year = browser.find(By.id("planYear"));
        year.clear();
        year.sendKeys("2026");
        browser.driver().executeScript("arguments[0].value = arguments[1]", browser.find(By.id("deadline")),
                DEADLINE.toString());
        browser.submit(By.cssSelector("#start-form button[type=submit]"));
        assertThat(browser.path()).matches("/uppfoljning/\\d+");
        Long id = Long.valueOf(browser.path().substring("/uppfoljning/".length()));
        assertThat(browser.find(By.id("state")).getText()).isEqualTo("Utfall samlas in");
        browser.screenshot("follow-up-started");
        // The manager owns I01 (it has no owner of its own).
        enterOutcome(id, "I01", "72");

        // The owner finds the task in Mina uppgifter and enters the outcomes.
        browser.forgetSession();
        browser.signIn(officer());
        browser.open("/uppgifter");
        WebElement task = browser.find(By.xpath("//a[@href='/uppfoljning/" + id + "']"));
        assertThat(browser.find(By.tagName("main")).getText()).contains("Lämna utfall");
        browser.submit(By.xpath("//a[@href='/uppfoljning/" + id + "']"));
        assertThat(task).isNotNull();
        enterOutcome(id, "I02", "3");
        enterOutcome(id, "I03", "85");
        runDueJobs(reload(browser, id));

        // The official assesses bottom-up, seeing each proposal.
        assessWithProposal(id, "1.3.1");
        assessWithProposal(id, "1.3.2");
        runDueJobs(reload(browser, id));
        browser.open("/uppfoljning/" + id);
        assertThat(browser.find(By.xpath("//tr[@id='goal-1.3.1']/td[contains(@class,'decided')]")).getText())
                .isEqualTo("Uppfylls helt");
        browser.screenshot("follow-up-assessing");
        assessWithProposal(id, "1.3");
        runDueJobs(reload(browser, id));
        assessWithProposal(id, "1");
        runDueJobs(reload(browser, id));

        // The report renders and is a board matter in the registry.
        browser.open("/uppfoljning/" + id);
        assertThat(browser.find(By.id("state")).getText()).isEqualTo("Hos nämnden");
        browser.screenshot("follow-up-with-the-board");
        browser.open("/uppfoljning/" + id + "/rapport");
        assertThat(browser.find(By.tagName("body")).getText()).contains("Tertialrapport 1 2026");
        browser.open("/uppfoljning/" + id);
        browser.submit(By.id("matter-link"));
        assertThat(browser.path()).startsWith("/arenden/");
        assertThat(browser.find(By.tagName("main")).getText()).contains("Tertialrapport 1 2026");
        browser.screenshot("follow-up-board-matter");
    }

    private FollowUp reload(Browser unused, Long id) {
        return as(se.namndflode.shared.security.Role.MANAGER, () -> followUps.followUp(id));
    }
}
