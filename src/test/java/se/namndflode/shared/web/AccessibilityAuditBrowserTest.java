package se.namndflode.shared.web;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.namndflode.Browser;
import se.namndflode.BrowserTest;

/**
 * The axe-core check that every browser test runs on every page does fail: a page given an image without a text
 * (critical) or a link whose name does not contain its visible text (serious, the rule that the download links
 * once broke) is refused with the rule's id.
 */
@BrowserTest
class AccessibilityAuditBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    private void breakTheLoginPage(String html) {
        browser.open("/login");
        browser.driver().executeScript("document.querySelector('main').insertAdjacentHTML('beforeend', arguments[0]);"
                + " window.__axeAudited = false;", html);
    }

    @Test
    void anImageWithoutATextFailsTheTest() {
        breakTheLoginPage("<img src=\"/img/favicon.svg\">");
        assertThatThrownBy(browser::audit).isInstanceOf(AssertionError.class).hasMessageContaining("image-alt");
    }

    @Test
    void aLinkWhoseNameLeavesOutItsVisibleTextFailsTheTest() {
        breakTheLoginPage("<a href=\"/login\" aria-label=\"Ladda ner SOF 2026/1-1\">remiss.pdf</a>");
        assertThatThrownBy(browser::audit).isInstanceOf(AssertionError.class)
                .hasMessageContaining("label-content-name-mismatch");
    }
}
