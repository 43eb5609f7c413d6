package se.namndflode.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import se.namndflode.Browser;
import se.namndflode.BrowserTest;
import se.namndflode.EngineJobs;
import se.namndflode.shared.time.WorkingDayCalendar;

/**
 * A remiss from Kommunstyrelsen walks through the whole board-matter process in the browser, each step by the
 * person whose work it is, and the task lists show it to the right people on the way: registrar, manager
 * (assignment, review), case officer (tjänsteutlåtande), director (approval for the board), secretary (a meeting
 * planned, the matter on its agenda, the meeting opened; the board's decision with immediate justering recorded as
 * the meeting console does; dispatch); when the appeal period has run it is closed.
 */
@BrowserTest
class RemissJourneyBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    EngineJobs jobs;
    @Autowired
    se.namndflode.meeting.Meetings meetings;

    private final se.namndflode.WorkSteps steps = new se.namndflode.WorkSteps(browser);
    private final String title = "Remiss om hemlöshetsstrategi " + ThreadLocalRandom.current().nextInt(100_000, 999_999);

    @Test
    void aRemissGoesFromRegistrationToClosed() {
        // The registrar registers the remiss without a case officer.
        signInAs("registrator");
        browser.open("/arenden/ny");
        new Select(browser.find(By.id("boardId"))).selectByVisibleText("Socialnämnden (SOF)");
        new Select(browser.find(By.id("kind"))).selectByValue("REFERRAL");
        type("title", title);
        type("sender", "Kommunstyrelsen");
        type("senderReference", "KS 2026/1234");
        setDate("answerDue", LocalDate.now().plusDays(40));
        browser.find(By.cssSelector("form[action$='/arenden'] button[type=submit]")).click();
        browser.waiting().until(ExpectedConditions.urlMatches("/arenden/SOF-\\d{4}-\\d+$"));
        String number = browser.find(By.cssSelector("h1 span")).getText();
        assertThat(number).matches("SOF \\d{4}/\\d+");
        String url = number.replace(' ', '-').replace('/', '-');

        // A manager takes the assignment from the group's list and gives it to the case officer.
        signInAs("chef");
        takeFromGroupList("Fördela ärendet");
        new Select(browser.find(By.id("caseOfficer"))).selectByVisibleText("Sofia Lind");
        submit();

        // The case officer finds it in Mina uppgifter, writes the tjänsteutlåtande and submits it.
        signInAs("handlaggare");
        openFromMyList("Skriv tjänsteutlåtande");
        browser.find(By.linkText("Skriv tjänsteutlåtandet")).click();
        browser.waitForPath("/arenden/" + url + "/tjansteutlatande");
        type("decisionPoints", "Socialnämnden godkänner förvaltningens tjänsteutlåtande som svar på remissen.");
        type("summary", "Förvaltningen ställer sig bakom strategins inriktning.");
        browser.submit(By.cssSelector("form[action$='/tjansteutlatande'] button[type=submit]"));
        browser.waitForPath("/arenden/" + url + "/tjansteutlatande");
        openFromMyList("Skriv tjänsteutlåtande");
        browser.find(By.id("decisionPoints")).click();
        browser.waitForPath("/uppgifter");
        assertThat(rowsFor(title)).as("the case officer's list after submitting").isZero();

        // The manager reviews and approves.
        signInAs("chef");
        takeFromGroupList("Granska tjänsteutlåtande");
        assertThat(browser.driver().getPageSource()).contains("Förvaltningen ställer sig bakom strategins inriktning.");
        approve();

        // The director approves it for the board: the report is frozen and registered as a document.
        signInAs("forvaltningschef");
        takeFromGroupList("Godkänn för nämnden");
        approve();

        // The secretary plans today's meeting of the board and puts the remiss on its agenda (the board's decision
        // is recorded right after, never before the meeting); sets the agenda and opens the meeting.
        signInAs("sekreterare");
        browser.open("/sammantraden/ny");
        new Select(browser.find(By.id("boardId"))).selectByVisibleText("Socialnämnden");
        setDate("day", LocalDate.now(WorkingDayCalendar.STOCKHOLM));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
                browser.find(By.id("startsAt")), String.format("%02d:%02d",
                        ThreadLocalRandom.current().nextInt(6, 23), ThreadLocalRandom.current().nextInt(60)));
        type("place", "Sammanträdesrummet");
        browser.find(By.cssSelector("main form.form button[type=submit].primary")).click();
        browser.waiting().until(ExpectedConditions.urlMatches("/sammantraden/\\d+$"));
        String meeting = browser.path().substring("/sammantraden/".length());
        takeFromGroupList("Anmäl till sammanträde");
        new Select(browser.find(By.id("meetingId"))).selectByValue(meeting);
        submit();
        browser.open("/sammantraden/" + meeting);
        assertThat(browser.find(By.id("agenda")).getText()).contains(title);
        browser.find(By.cssSelector("form[action$='/faststall'] button[type=submit]")).click();
        browser.waiting().until(ExpectedConditions.textToBe(By.id("meeting-status"), "Föredragningslistan fastställd"));
        browser.find(By.cssSelector("form[action$='/oppna'] button[type=submit]")).click();
        browser.waiting().until(ExpectedConditions.textToBe(By.id("meeting-status"), "Pågår"));
        // The board decides, the paragraph justered at once: recorded as the meeting console does (its own page
        // and browser test are the console's).
        Long meetingId = Long.valueOf(meeting);
        Long paragraph = meetings.paragraphs(meetingId).stream()
                .filter(item -> title.equals(item.getTitle())).findFirst().orElseThrow().getId();
        meetings.decide(meetingId, paragraph, se.namndflode.meeting.ParagraphOutcome.DECIDED,
                "Socialnämnden godkänner förvaltningens tjänsteutlåtande som svar på remissen.", null, true);
        // The notice is published behind a transaction boundary; the job executor, off in tests, would run it
        // right after (the test runs it itself).
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number)
                .tenantIdIn("stockholm").singleResult()
                .getId();
        Long matterId = ((Number) runtime.getVariable(instance, "matterId")).longValue();
        jobs.runAsyncSteps(matterId);
        takeFromGroupList("Expediera protokollsutdrag");
        type("recipients", "Kommunstyrelsen");
        submit();
        jobs.runAsyncSteps(matterId);
        assertThat(management.createJobQuery().processInstanceId(instance).activityId("AnswerDueReminder").count())
                .as("dispatched before its answer date: no reminder").isZero();

        // Three weeks later the appeal period has run (the test runs the engine's due timer itself).
        Job appealPeriod = management.createJobQuery().processInstanceId(instance).activityId("AppealPeriodEnds")
                .singleResult();
        management.executeJob(appealPeriod.getId());
        jobs.runAsyncSteps(matterId);

        browser.open("/arenden/" + url);
        assertThat(browser.driver().getPageSource()).contains("Avslutat").contains("Tjänsteutlåtande");
        browser.open("/arenden/" + url + "/handlaggning");
        assertThat(browser.find(By.tagName("main")).getText()).contains("Avslutat");
        browser.screenshot("remiss-journey-closed");
    }

    private void signInAs(String username) {
        steps.signInAs(username);
    }

    private void type(String id, String text) {
        steps.type(id, text);
    }

    private void setDate(String id, LocalDate date) {
        steps.setDate(id, date);
    }

    private void approve() {
        browser.find(By.cssSelector("button[name=outcome][value=APPROVED]")).click();
        browser.waitForPath("/uppgifter");
    }

    private void submit() {
        browser.submit(By.cssSelector("main form.form button[type=submit].primary"));
        browser.waitForPath("/uppgifter");
    }

    private int rowsFor(String matterTitle) {
        return browser.driver().findElements(By.xpath("//tr[td[normalize-space()='" + matterTitle + "']]")).size();
    }

    /** Takes the matter's task from Gruppens uppgifter, then opens it from Mina uppgifter. */
    private void takeFromGroupList(String taskName) {
        browser.open("/uppgifter/grupp");
        WebElement row = browser.find(By.xpath("//tr[td[normalize-space()='" + title + "']]"));
        assertThat(row.getText()).as("group list").contains(taskName);
        row.findElement(By.cssSelector("button[type=submit]")).click();
        // The task's own page, not the group list the click was made on (its address matches "/uppgifter/*" too).
        browser.waiting().until(ExpectedConditions.urlMatches("/uppgifter/(?!grupp)[^/]+$"));
        openFromMyList(taskName);
    }

    private void openFromMyList(String taskName) {
        browser.open("/uppgifter");
        WebElement row = browser.find(By.xpath("//tr[td[normalize-space()='" + title + "']]"));
        WebElement task = row.findElement(By.cssSelector("td a"));
        assertThat(task.getText()).as("my list").isEqualTo(taskName);
        task.click();
    }
}
