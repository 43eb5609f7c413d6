package se.namndflode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The steps of daily work as people do them in the browser, shared by the journeys of registration, review and the
 * start pages: signing in, filling fields, registering a matter on the one form, taking a task from the group's list.
 */
public final class WorkSteps {

    /** A small PDF that the registry's content-type check accepts. */
    public static final byte[] PDF = ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n"
            + "%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    private final Browser browser;

    public WorkSteps(Browser browser) {
        this.browser = browser;
    }

    public void signInAs(String username) {
        browser.forgetSession();
        browser.signIn(username);
    }

    public void type(String id, String text) {
        WebElement field = browser.find(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Date inputs follow the browser's own locale; the value itself is always ISO. */
    public void setDate(String id, LocalDate date) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
                browser.find(By.id(id)), date.toString());
    }

    /** A file in a temporary folder, for a file input. */
    public static Path file(String name, byte[] content) {
        try {
            Path file = Files.createTempDirectory("namndflode-upload-").resolve(name);
            Files.write(file, content);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Fills the registration form (already open) for a remiss of Socialnämnden from Kommunstyrelsen; {@code file}
     * null registers the matter alone, {@code caseOfficer} null leaves it to the manager.
     */
    public void fillRegistration(String title, LocalDate answerDue, Path file, String caseOfficer) {
        new Select(browser.find(By.id("boardId"))).selectByVisibleText("Socialnämnden (SOF)");
        new Select(browser.find(By.id("kind"))).selectByValue("REFERRAL");
        type("title", title);
        type("sender", "Kommunstyrelsen");
        type("senderReference", "KS 2026/4711");
        setDate("answerDue", answerDue);
        if (caseOfficer != null) {
            new Select(browser.find(By.id("caseOfficerId"))).selectByVisibleText(caseOfficer);
        }
        if (file != null) {
            browser.driver().findElement(By.id("document.file")).sendKeys(file.toAbsolutePath().toString());
        }
    }

    /** Registers a remiss from the registration page and answers the matter's address, e.g. SOF-2026-12. */
    public String register(String title, LocalDate answerDue, Path file, String caseOfficer) {
        browser.open("/arenden/ny");
        fillRegistration(title, answerDue, file, caseOfficer);
        browser.submit(By.cssSelector("form[action$='/arenden'] button[type=submit].primary"));
        browser.waiting().until(ExpectedConditions.urlMatches("/arenden/SOF-\\d{4}-\\d+$"));
        return browser.path().substring("/arenden/".length());
    }

    /** Takes the matter's task from Gruppens uppgifter and waits on the task's own page. */
    public void takeFromGroupList(String matterTitle, String taskName) {
        browser.open("/uppgifter/grupp");
        WebElement row = browser.find(By.xpath("//tr[td[normalize-space()='" + matterTitle + "']]"));
        assertThat(row.getText()).as("group list").contains(taskName);
        row.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waiting().until(ExpectedConditions.urlMatches("/uppgifter/(?!grupp)[^/]+$"));
        browser.find(By.tagName("h1"));
    }
}
