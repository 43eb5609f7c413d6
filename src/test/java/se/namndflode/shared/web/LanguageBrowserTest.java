package se.namndflode.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import se.namndflode.Browser;
import se.namndflode.BrowserTest;

/** Swedish unless the user picks English; the choice follows them from page to page and through sign-in. */
@BrowserTest
class LanguageBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void swedishIsShownEvenToABrowserThatAsksForEnglish() {
        browser.open("/login");
        assertThat(browser.driver().executeScript("return navigator.language")).isEqualTo("en-US");
        assertThat(browser.h1()).isEqualTo("Logga in");
        assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("sv");
    }

    @Test
    void englishChosenOnceIsKeptOnTheNextPages() {
        browser.open("/login?lang=en");
        assertThat(browser.h1()).isEqualTo("Sign in");
        assertThat(browser.find(By.cssSelector("label[for='username']")).getText()).isEqualTo("User name");
        assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("en");

        browser.signIn("handlaggare");
        browser.waitForPath("/start/handlaggare");
        assertThat(browser.h1()).isEqualTo("Case officer");
        browser.screenshot("start-handlaggare-en");

        browser.find(By.linkText("Boards")).click();
        browser.waitForPath("/namnder");
        assertThat(browser.h1()).isEqualTo("Boards");
        assertThat(browser.find(By.cssSelector(".user-menu button")).getText()).isEqualTo("Sign out");

        browser.find(By.linkText("Svenska")).click();
        browser.waitForHeading("Nämnder");
        browser.open("/");
        assertThat(browser.h1()).isEqualTo("Handläggare");
    }
}
