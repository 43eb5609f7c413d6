package se.namndflode.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.namndflode.Browser;
import se.namndflode.BrowserTest;
import se.namndflode.SignedIn;
import se.namndflode.matter.BoardMatterProcess;
import se.namndflode.meeting.MinutesFixtures;
import se.namndflode.meeting.MinutesFixtures.HeldMeeting;
import se.namndflode.organisation.AccountForm;
import se.namndflode.organisation.Accounts;
import se.namndflode.shared.security.Role;

/**
 * The justering in the browser (issue 8): the secretary names the vice chair as justerare; the chair and the
 * justerare sign in turn, each signed in with their own account; the minutes lock and show their hash; the
 * secretary posts the notice, which appears on the public anslagstavla and in its JSON feed, without login, with
 * the last day to appeal (three weeks from today, moved past a holiday).
 */
@BrowserTest
class MinutesApprovalBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    MinutesFixtures fixtures;
    @Autowired
    Accounts accounts;
    @Autowired
    BoardMatterProcess matterProcess;
    @Autowired
    JdbcTemplate jdbc;

    /** An account of the person's own (a politician of Stockholm's) with the demo password; its username. */
    private String accountOf(Long personId) {
        AccountForm form = new AccountForm();
        form.setUsername("justerare" + personId);
        form.setDisplayName("Justerare " + personId);
        form.setPersonId(personId);
        form.setRoles(EnumSet.of(Role.POLITICIAN));
        form.setMunicipalityIds(Set.of(jdbc.queryForObject("select id from municipality where code = 'stockholm'",
                Long.class)));
        form.setPassword(Browser.DEMO_PASSWORD);
        SignedIn.as(accounts.loadUserByUsername("admin"), () -> accounts.save(form));
        return form.getUsername();
    }

    @Test
    void theChairAndTheJusterareSignInTurnTheMinutesLockAndTheNoticeIsOnThePublicBoard() {
        HeldMeeting held = fixtures.drafted(false);
        String chair = accountOf(held.person("s1"));
        String approver = accountOf(held.person("m1"));
        String page = "/sammantraden/" + held.meetingId() + "/protokoll/justering";

        browser.forgetSession();
        browser.signIn("sekreterare");
        browser.open(page);
        browser.find(By.cssSelector("#signatories-form input[name=approverIds][value='" + held.person("m1") + "']"))
                .click();
        browser.submit(By.cssSelector("#signatories-form button[type=submit]"));
        browser.waitForPath(page);
        String hash = browser.find(By.id("content-hash")).getText();
        assertThat(hash).matches("[0-9a-f]{64}");

        for (String signer : new String[] {chair, approver}) {
            browser.forgetSession();
            browser.signIn(signer);
            browser.open(page);
            browser.submit(By.cssSelector("#sign-form button[type=submit]"));
            browser.waitForPath(page);
            assertThat(browser.find(By.tagName("main")).getText()).contains("Du har justerat protokollet.");
        }
        assertThat(browser.find(By.id("minutes-status")).getText()).isEqualTo("Protokollet justerat");
        assertThat(browser.find(By.cssSelector("#version-1 .locked-hash")).getText()).isEqualTo(hash);

        browser.forgetSession();
        browser.signIn("sekreterare");
        browser.open(page);
        browser.submit(By.cssSelector("#post-form button[type=submit]"));
        browser.waitForPath(page);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("meeting-notices")));
        browser.screenshot("minutes-justered");

        String lastDay = matterProcess.appealPeriodEnds(java.time.LocalDate.now(
                se.namndflode.shared.time.WorkingDayCalendar.STOCKHOLM)).toString();
        browser.forgetSession();
        // Each municipality its own anslagstavla: the visitor chooses Stockholm's.
        browser.open("/anslagstavla");
        assertThat(browser.path()).isEqualTo("/anslagstavla");
        browser.find(By.cssSelector("#municipalities a[href='/anslagstavla/stockholm']")).click();
        browser.waitForPath("/anslagstavla/stockholm");
        String board = browser.find(By.id("current-notices")).getText();
        assertThat(board).contains(lastDay);
        browser.open("/anslagstavla/stockholm.json");
        assertThat(browser.driver().getPageSource()).contains("\"appealEndsOn\":\"" + lastDay + "\"");
        browser.screenshot("notice-board");
    }
}
