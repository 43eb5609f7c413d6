package se.namndflode.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import se.namndflode.Browser;
import se.namndflode.BrowserTest;
import se.namndflode.WorkSteps;
import se.namndflode.shared.time.WorkingDayCalendar;

/**
 * Each role's start page at the widths people work at (a 1280 and a 1024 pixel window): the header's parts, the
 * page's sections and the cards side by side do not overlap, no section's content runs out of its box, and the
 * page does not scroll sideways — with long matter titles in the lists of what is due, one of them a compound word
 * wider than a card.
 */
@BrowserTest
class StartPageLayoutBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    /** The logins whose start pages are checked, one per start page (admin, chef, ... as Role.startPage()). */
    static final Map<String, String> START_PAGES = Map.of("admin", "/start/admin", "chef", "/start/chef",
            "forvaltningschef", "/start/forvaltningschef", "handlaggare", "/start/handlaggare",
            "ledamot", "/start/ledamot", "registrator", "/start/registrator", "sekreterare", "/start/sekreterare");

    /**
     * The overlaps and overflows on the page, as sentences (none when the layout holds): siblings within the
     * header, the page's section, a card grid and the main area whose boxes intersect; boxes whose content is wider
     * than they are; a page wider than the window.
     */
    private static final String LAYOUT = """
            function name(e) {
              return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string'
                  ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
            }
            function visible(e) {
              var r = e.getBoundingClientRect(), s = getComputedStyle(e);
              return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.position !== 'absolute';
            }
            var blocks = [];
            document.querySelectorAll('.header-inner > *, .user-menu > *, .main-nav li, main > section > *, '
                + 'main > section > * > *, .card-grid > *, .card > *, .card li').forEach(function (e) {
              if (visible(e) && blocks.indexOf(e) < 0) { blocks.push(e); }
            });
            var found = [];
            for (var i = 0; i < blocks.length; i++) {
              for (var j = i + 1; j < blocks.length; j++) {
                var x = blocks[i], y = blocks[j];
                if (x.contains(y) || y.contains(x)) { continue; }
                var a = x.getBoundingClientRect(), b = y.getBoundingClientRect();
                var w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
                var h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
                if (w > 1 && h > 1) {
                  found.push(name(x) + ' overlaps ' + name(y) + ' by ' + Math.round(w) + 'x' + Math.round(h) + ' px');
                }
              }
            }
            document.querySelectorAll('.card, main, .main-nav, .user-menu, .header-inner').forEach(function (box) {
              if (visible(box) && box.scrollWidth > box.clientWidth + 1) {
                found.push(name(box) + ' content is ' + box.scrollWidth + ' px wide in ' + box.clientWidth + ' px');
              }
            });
            if (document.documentElement.scrollWidth > document.documentElement.clientWidth) {
              found.push('the page is ' + document.documentElement.scrollWidth + ' px wide in a '
                  + document.documentElement.clientWidth + ' px window');
            }
            return found;
            """;

    private final WorkSteps steps = new WorkSteps(browser);

    @BeforeEach
    void longTitlesDueThisWeek() {
        int suffix = ThreadLocalRandom.current().nextInt(100_000, 999_999);
        LocalDate today = LocalDate.now(WorkingDayCalendar.STOCKHOLM);
        steps.signInAs("registrator");
        steps.register("Remiss om förslag till ändrade riktlinjer för handläggning av ekonomiskt bistånd inom "
                + "socialtjänstens verksamhetsområde, Socialförvaltningens diarienummer SOF-2026-" + suffix,
                today.plusDays(2), null, "Sofia Lind");
        // Swedish joins words: a title may hold one longer than a card is wide.
        steps.register("Remiss om Socialtjänstlagsutredningsrekommendationsuppföljningsrapporten " + suffix,
                today.plusDays(3), null, null);
    }

    @AfterEach
    void windowAsBefore() {
        browser.driver().manage().window().setSize(new Dimension(1280, 1000));
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1280, 1024})
    void eachRolesStartPageHoldsTogetherAtWorkingWidths(int width) {
        browser.driver().manage().window().setSize(new Dimension(width, 1000));
        START_PAGES.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(start -> {
            steps.signInAs(start.getKey());
            browser.open(start.getValue());
            browser.find(By.tagName("h1"));
            Object innerWidth = browser.driver().executeScript("return window.innerWidth");
            assertThat(((Number) innerWidth).intValue()).as("the window's width").isBetween(width - 20, width);
            @SuppressWarnings("unchecked")
            List<String> faults = (List<String>) browser.driver().executeScript(LAYOUT);
            if (!faults.isEmpty()) {
                browser.screenshot("layout-" + start.getKey() + "-" + width);
            }
            assertThat(faults).as("%s's start page at %d px", start.getKey(), width).isEmpty();
        });
    }
}
