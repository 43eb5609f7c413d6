package se.namndflode.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import se.namndflode.Browser;
import se.namndflode.BrowserTest;

/** Keyboard and screen-reader basics of the page layout and the login form. */
@BrowserTest
class KeyboardBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    /** Elements reachable with Tab, in document order. */
    private static final String FOCUSABLE = """
            return Array.from(document.querySelectorAll(
                'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])'))
              .filter(e => !e.disabled && e.type !== 'hidden')
              .map(e => e.outerHTML);""";

    @Test
    void theSkipLinkIsTheFirstFocusableElementAndTargetsMain() {
        browser.open("/login");
        @SuppressWarnings("unchecked")
        List<String> focusable = (List<String>) browser.driver().executeScript(FOCUSABLE);
        assertThat(focusable).isNotEmpty();
        assertThat(focusable.get(0)).contains("class=\"skip-link\"").contains("href=\"#main\"");
        assertThat(browser.driver().findElements(By.cssSelector("main#main"))).hasSize(1);
    }

    @Test
    void tabShowsTheSkipLinkAndEnterMovesFocusToTheContent() {
        browser.signIn("sekreterare");
        browser.waitForPath("/start/sekreterare");

        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        WebElement focused = browser.driver().switchTo().activeElement();
        assertThat(focused.getAttribute("class")).isEqualTo("skip-link");
        assertThat(focused.getText()).isEqualTo("Hoppa till innehållet");
        assertThat(focused.isDisplayed()).isTrue();
        assertThat(focused.getRect().getX()).as("on screen while focused").isGreaterThanOrEqualTo(0);
        browser.screenshot("skip-link-focused");

        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        browser.waiting().until(driver -> "main".equals(driver.switchTo().activeElement().getTagName()));
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("main");
        assertThat(browser.driver().getCurrentUrl()).endsWith("#main");
    }

    @Test
    void everyInputOnTheLoginPageHasALabel() {
        browser.open("/login");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> inputs = (List<Map<String, Object>>) browser.driver().executeScript("""
                return Array.from(document.querySelectorAll('input, select, textarea'))
                  .filter(e => e.type !== 'hidden')
                  .map(e => ({id: e.id, labels: Array.from(e.labels).map(l => l.textContent.trim())}));""");
        assertThat(inputs).extracting(input -> input.get("id")).containsExactly("username", "password");
        assertThat(inputs).allSatisfy(input -> assertThat((List<?>) input.get("labels")).as("labels of %s",
                input.get("id")).singleElement().asString().isNotBlank());
        assertThat(browser.find(By.cssSelector("main form button[type=submit]")).getText()).isEqualTo("Logga in");
        browser.screenshot("login");
    }
}
