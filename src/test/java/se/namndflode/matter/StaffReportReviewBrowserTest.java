package se.namndflode.matter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import se.namndflode.Browser;
import se.namndflode.BrowserTest;
import se.namndflode.WorkSteps;

/**
 * The tjänsteutlåtande between case officer and manager: written on the template's headings and sent for review
 * from the editor, shown as text (not a form) while under review; the reviewer sees which version they review,
 * what changed since the version they saw last time (word by word), and the earlier review with its comment; the
 * matter's story carries that comment too.
 */
@BrowserTest
class StaffReportReviewBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    private final WorkSteps steps = new WorkSteps(browser);
    private final String title = "Remiss om stöd till anhöriga " + ThreadLocalRandom.current().nextInt(100_000, 999_999);

    @Test
    void theReviewerSeesWhatChangedSinceTheVersionTheyReturned() {
        steps.signInAs("registrator");
        String url = steps.register(title, LocalDate.now().plusDays(40), null, "Sofia Lind");
        String editor = "/arenden/" + url + "/tjansteutlatande";

        // The case officer writes on the template's headings and sends it from the editor.
        steps.signInAs("handlaggare");
        browser.open(editor);
        assertThat(browser.texts(By.cssSelector("form.template label"))).containsSubsequence("Förslag till beslut",
                "Sammanfattning", "Bakgrund", "Förvaltningens synpunkter och förslag", "Bilagor");
        steps.type("decisionPoints", "Socialnämnden godkänner tjänsteutlåtandet som svar på remissen.");
        steps.type("summary", "Förvaltningen tillstyrker förslaget.");
        steps.type("background", "Kommunstyrelsen har remitterat förslaget till nämnden.");
        browser.submit(By.id("submit-for-review"));
        assertThat(browser.find(By.id("staff-report-status")).getText()).isEqualTo("Hos chef för granskning");
        assertThat(browser.driver().findElements(By.cssSelector("textarea, form.template"))).as("read-only").isEmpty();
        assertThat(browser.find(By.id("report-text")).getText()).contains("Förvaltningen tillstyrker förslaget.");

        // The manager looks at version 1 and sends it back with a comment.
        steps.signInAs("chef");
        browser.open(editor);
        assertThat(browser.find(By.id("review-heading")).getText()).isEqualTo("Du granskar version 1");
        steps.takeFromGroupList(title, "Granska tjänsteutlåtande");
        steps.type("comment", "Förtydliga vad förvaltningen tillstyrker.");
        browser.submit(By.cssSelector("button[name=outcome][value=RETURNED]"));

        // The case officer changes the summary and sends version 2.
        steps.signInAs("handlaggare");
        browser.open(editor);
        steps.type("summary", "Förvaltningen tillstyrker förslaget om utökat stöd till anhöriga.");
        browser.submit(By.id("submit-for-review"));

        // The manager sees version 2 against version 1, and the earlier return with its comment.
        steps.signInAs("chef");
        browser.open(editor);
        assertThat(browser.find(By.id("review-heading")).getText()).isEqualTo("Du granskar version 2");
        assertThat(browser.find(By.id("diff-heading")).getText()).startsWith("Ändringar sedan version 1");
        assertThat(browser.find(By.cssSelector("#diff h4")).getText()).isEqualTo("Sammanfattning");
        assertThat(browser.texts(By.cssSelector("#diff ins"))).anyMatch(text -> text.contains("om utökat stöd till anhöriga"));
        assertThat(browser.texts(By.cssSelector("#diff .diff-same, #diff .diff-changed")))
                .anyMatch(text -> text.startsWith("Förvaltningen tillstyrker förslaget"));
        assertThat(browser.find(By.id("earlier-reviews")).getText())
                .contains("Erik Holm, Granska tjänsteutlåtande: tillbaka till handläggaren (version 1)",
                        "Förtydliga vad förvaltningen tillstyrker.");
        browser.screenshot("staff-report-review-diff");

        // The matter's story carries the comment in the same thread.
        browser.open("/arenden/" + url);
        assertThat(browser.texts(By.cssSelector(".story li"))).anySatisfy(line -> assertThat(line)
                .contains("Erik Holm skickade tillbaka tjänsteutlåtandet till handläggaren.")
                .contains("Förtydliga vad förvaltningen tillstyrker."));
        assertThat(browser.texts(By.cssSelector(".story .story-text")))
                .contains("Sofia Lind skickade tjänsteutlåtandet, version 2, för granskning.");

        // Each version's own HTML view is a page too (checked by axe like every page).
        browser.open(editor + "/version/2");
        assertThat(browser.find(By.tagName("main")).getText()).contains("Förslag till beslut", "Sammanfattning");
    }
}
