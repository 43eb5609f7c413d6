package se.namndflode.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.namndflode.Browser;
import se.namndflode.BrowserTest;
import se.namndflode.SignedIn;
import se.namndflode.matter.BoardMatterProcess;
import se.namndflode.organisation.Accounts;
import se.namndflode.organisation.OrganisationAdmin;
import se.namndflode.registry.Matter;
import se.namndflode.registry.MatterKind;
import se.namndflode.registry.Registry;
import se.namndflode.shared.time.WorkingDayCalendar;

/**
 * The secretary runs a paragraph of today's meeting of Socialnämnden (the demo board) in the console, by keyboard
 * where the console is built for it: attendance with one substitute serving for an absent member, two competing
 * yrkanden (bifall, and a joint own proposal with an instämmande), the chair's finding, a demanded vote recorded
 * J/N down the roll call that ends 7–6, the decision pre-filled from the approved tjänsteutlåtande, a refused
 * reservation with its Swedish reason beside the form, a joint reservation and a särskilt uttalande. A member of the
 * board (Andrea Hedin, {@code ledamot}) follows in a second browser on the live view, which shows the vote's result
 * and the reservation without reloading. Before that, a change made by another secretary meanwhile comes back as a
 * conflict that shows the other's yrkande and keeps what was typed.
 */
@BrowserTest
class MeetingConsoleBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();
    @RegisterExtension
    static final Browser member = new Browser();

    /** The board's seats as the demo has them (src/main/resources/demo/organisation.json). */
    static final Set<String> MAJORITY_PARTIES = Set.of("S", "V", "MP");
    static final String ABSENT = "Elin Sandberg";
    static final String SUBSTITUTE = "Linnea Forsberg";

    @Autowired
    Meetings meetings;
    @Autowired
    MeetingConsole console;
    @Autowired
    OrganisationAdmin admin;
    @Autowired
    Registry registry;
    @Autowired
    BoardMatterProcess process;
    @Autowired
    TaskService engineTasks;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    private final String title = "Remiss om stöd till anhöriga " + ThreadLocalRandom.current().nextInt(100_000, 999_999);

    @Test
    void theSecretaryRunsAParagraphWithAVoteAndTheMembersFollowLive() {
        Long meetingId = openMeetingOfSocialnamnden();
        List<Paragraph> agenda = meetings.paragraphs(meetingId);
        Paragraph matter = agenda.stream().filter(item -> title.equals(item.getTitle())).findFirst().orElseThrow();
        Paragraph first = agenda.get(0);

        // The member opens the live view before anything happens.
        member.signIn("ledamot");
        member.open("/sammantraden/" + meetingId + "/direkt");
        member.waiting().until(ExpectedConditions.attributeToBeNotEmpty(member.find(By.id("live")), "data-revision"));

        browser.signIn("sekreterare");
        browser.open("/sammantraden/" + meetingId);
        browser.find(By.linkText("Öppna konsolen")).click();
        browser.waitForPath("/sammantraden/" + meetingId + "/konsol");
        ready();

        // Attendance: every member present, then Elin Sandberg's arrival taken back, her substitute present.
        assertThat(browser.find(By.id("attendance-panel")).getAttribute("open")).isNotNull();
        browser.find(By.id("all-members-present")).click();
        waitForText(By.id("attendance-summary"), "13 tjänstgör");
        factRemoveButton(ABSENT).click();
        waitForText(By.id("attendance-summary"), "12 tjänstgör");
        seatRow(SUBSTITUTE).findElement(By.xpath(".//button[normalize-space()='Närvarande från början']")).click();
        waitForText(By.id("attendance-summary"), "13 tjänstgör");
        assertThat(seatRow(SUBSTITUTE).findElement(By.cssSelector(".seat-status")).getText())
                .isEqualTo("tjänstgör för Elin Sandberg (V) (inkallad enligt ordningen)");
        assertThat(seatRow(ABSENT).findElement(By.cssSelector(".seat-status")).getText()).isEqualTo("Frånvarande");

        // Another secretary adds a yrkande to the first paragraph while this one types: the conflict shows theirs
        // and keeps what was typed, which then goes in.
        assertThat(browser.find(By.id("paragraph-title")).getText()).startsWith(first.getLabel());
        WebElement clauses = browser.find(By.id("proposal-clauses"));
        new Select(browser.find(By.id("proposal-kind"))).selectByValue("OWN");
        personChoice("proposal-form", "Kristin Jacobsson (C)").click();
        clauses.sendKeys("dagordningen kompletteras med en informationspunkt om hemtjänsten");
        SignedIn.as(accounts.loadUserByUsername("sekreterare"), () -> console.addProposal(meetingId, first.getId(),
                console.paragraph(meetingId, first.getId()).version(), new MeetingConsole.ProposalInput(
                        ProposalKind.OWN, List.of(personId("Gabriel Kroon")), List.of(),
                        List.of("dagordningen godkänns"), null, null)));
        browser.find(By.id("proposal-submit")).click();
        browser.waiting().until(driver -> browser.driver().findElement(By.id("conflict")).isDisplayed()
                || proposals().size() == 2);
        if (browser.driver().findElement(By.id("conflict")).isDisplayed()) {
            assertThat(browser.find(By.id("conflict-detail")).getText())
                    .startsWith("Någon annan har ändrat paragrafen medan du arbetade.");
            assertThat(browser.texts(By.cssSelector("#conflict-changes li")))
                    .contains("Nytt: Gabriel Kroon (SD) yrkade\n\n1. att dagordningen godkänns.");
            assertThat(clauses.getAttribute("value"))
                    .isEqualTo("dagordningen kompletteras med en informationspunkt om hemtjänsten");
            browser.find(By.id("proposal-submit")).click();
        }
        browser.waiting().until(driver -> proposals().size() == 2);
        assertThat(proposals().get(1)).contains("Kristin Jacobsson (C) yrkade");
        assertThat(browser.driver().findElement(By.id("conflict")).isDisplayed()).as("gone once it went in").isFalse();

        // To the matter by keyboard (Page Down / "."), which the live view then shows.
        escape();
        press(".");
        while (!browser.find(By.id("paragraph-title")).getText().startsWith(matter.getLabel() + " ")) {
            press(".");
            pause(150);
        }
        waitForText(By.id("paragraph-title"), title);
        waitForMember(By.id("live-title"), title);

        // Two competing yrkanden.
        WebElement kind = browser.find(By.id("proposal-kind"));
        new Select(kind).selectByIndex(0);
        personChoice("proposal-form", "Alexander Ojanne (S)").click();
        browser.find(By.id("proposal-submit")).click();
        browser.waiting().until(driver -> proposals().size() == 1);
        new Select(browser.find(By.id("proposal-kind"))).selectByValue("OWN");
        personChoice("proposal-form", "Andrea Hedin (M)").click();
        personChoice("proposal-form", "Jan Jönsson (L)").click();
        browser.find(By.id("proposal-form")).findElements(By.cssSelector("input[name=concurrences]")).stream()
                .filter(box -> box.getAttribute("id").endsWith("-" + personId("Kristin Jacobsson")))
                .findFirst().orElseThrow().click();
        browser.find(By.id("proposal-clauses")).sendKeys("nämnden avstyrker remissen");
        browser.find(By.id("proposal-argument")).sendKeys("Förslaget saknar finansiering.");
        browser.find(By.id("proposal-clauses")).sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        browser.waiting().until(driver -> proposals().size() == 2);
        assertThat(proposals().get(0)).contains("Alexander Ojanne (S) yrkade bifall till förvaltningens förslag");
        assertThat(proposals().get(1)).contains("Andrea Hedin (M) och Jan Jönsson (L), med instämmande från "
                + "Kristin Jacobsson (C), yrkade");
        waitForMember(By.id("live-proposals"), "Andrea Hedin (M) och Jan Jönsson (L)");

        // The chair finds for the administration's proposal ("1"); a vote is demanded ("v").
        escape();
        press("1");
        waitForText(By.id("proposition-lines"), "fann att nämnden beslutat enligt förvaltningens förslag");
        // A vote is held on a member's demand: V first asks who demanded it, then V again demands it.
        escape();
        press("v");
        waitForText(By.cssSelector("#vote-demand-form .action-error"), "Välj vem som begär omröstning");
        new Select(browser.driver().findElement(By.id("vote-demanded-by"))).selectByVisibleText("Andrea Hedin (M)");
        escape();
        press("v");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("vote-section")));
        waitForText(By.id("vote-proposition"), "Ja för förvaltningens förslag, nej för");

        // The roll call by keyboard: J for S, V and MP, N for the others, down the serving list.
        Actions keys = new Actions(browser.driver());
        for (int ballot = 0; ballot < 13; ballot++) {
            String marked = (String) browser.driver().executeScript(
                    "var row = document.querySelector('#roll-call-body tr.marked th');"
                            + "return row ? row.firstChild.textContent : null;");
            assertThat(marked).as("a person marked on the roll call").isNotNull();
            String party = marked.replaceAll(".*\\((\\w+)\\)$", "$1");
            keys.sendKeys(MAJORITY_PARTIES.contains(party) ? "j" : "n").perform();
            int voted = ballot + 1;
            browser.waiting().until(driver -> driver.findElements(By.cssSelector("#roll-call-body tr.voted, "
                    + "#roll-call-body tr.pending")).size() >= voted);
        }
        waitForText(By.id("vote-tally"), "13 av 13 har röstat: 7 ja, 6 nej, 0 avstår.");
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("vote-close");
        keys.sendKeys(Keys.ENTER).perform();
        waitForText(By.id("vote-tally"), "Omröstningen utföll med 7 ja-röster, 6 nej-röster, 0 avstår.");
        assertThat(browser.find(By.id("vote-tally")).getText()).contains("Vann: förvaltningens förslag.");
        assertThat(browser.driver().findElement(By.id("vote-close")).isDisplayed()).isFalse();
        assertThat(browser.find(By.id("roll-call-body")).getText()).contains("Linnea Forsberg (V) (för Elin Sandberg (V))");
        browser.screenshot("meeting-console-vote");

        // The member sees the result within seconds, without reloading.
        long closedAt = System.nanoTime();
        waitForMember(By.id("live-vote"), "Omröstningen utföll med 7 ja-röster, 6 nej-röster, 0 avstår.");
        assertThat(Duration.ofNanos(System.nanoTime() - closedAt)).as("the live view's delay")
                .isLessThan(Duration.ofSeconds(5));
        assertThat(member.find(By.id("live-roll-call")).getText()).contains("Andrea Hedin (M): nej",
                "Linnea Forsberg (V), ersättare för Elin Sandberg (V): ja");

        // The decision, pre-filled from the approved tjänsteutlåtande, sent with Ctrl+Enter.
        escape();
        press("b");
        WebElement points = browser.find(By.id("decision-points"));
        assertThat(browser.driver().switchTo().activeElement()).isEqualTo(points);
        assertThat(points.getAttribute("value"))
                .isEqualTo("Socialnämnden godkänner förvaltningens tjänsteutlåtande som svar på remissen.");
        points.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        waitForText(By.id("decision-shown"), "Beslutat");
        assertThat(browser.find(By.id("decision-shown")).getText())
                .contains("Socialnämnden godkänner förvaltningens tjänsteutlåtande som svar på remissen.");

        // A reservation by someone who voted for the decision is refused, the reason beside the form.
        personChoice("dissent-form", "Alexander Ojanne (S)").click();
        browser.find(By.id("dissent-submit")).click();
        WebElement refusal = browser.find(By.cssSelector("#dissent-form .action-error"));
        waitForText(By.cssSelector("#dissent-form .action-error"),
                "Alexander Ojanne (S) röstade för beslutet och har inget att reservera sig mot.");
        assertThat(refusal.getAttribute("role")).isEqualTo("alert");
        assertThat(browser.texts(By.cssSelector("#dissents-list > li"))).isEmpty();

        // The joint reservation of the two who moved the losing yrkande, in favour of it.
        personChoice("dissent-form", "Alexander Ojanne (S)").click();
        personChoice("dissent-form", "Andrea Hedin (M)").click();
        personChoice("dissent-form", "Jan Jönsson (L)").click();
        new Select(browser.find(By.id("dissent-favour"))).selectByValue("2");
        browser.find(By.id("dissent-submit")).click();
        waitForText(By.id("dissents-list"), "Andrea Hedin (M) och Jan Jönsson (L) reserverade sig mot beslutet till "
                + "förmån för det egna gemensamma yrkandet.");
        assertThat(browser.driver().findElement(By.cssSelector("#dissent-form .action-error")).isDisplayed())
                .isFalse();

        // A särskilt uttalande by the two SD members.
        escape();
        press("s");
        personChoice("statement-form", "Gabriel Kroon (SD)").click();
        personChoice("statement-form", "Emelie Wassermann (SD)").click();
        browser.find(By.id("statement-text")).sendKeys("Vi vill att nämnden följer upp stödet under 2027.");
        browser.find(By.id("statement-submit")).click();
        waitForText(By.id("statements-list"), "Gabriel Kroon m.fl. (SD) lämnade ett särskilt uttalande:");
        assertThat(browser.find(By.id("minutes")).getText()).contains("Omröstningen utföll med 7 ja-röster, 6 "
                + "nej-röster, 0 avstår.", "reserverade sig mot beslutet", "Vi vill att nämnden följer upp");
        browser.screenshot("meeting-console-secretary");
        browser.driver().executeScript("window.scrollTo(0, 0)");
        browser.screenshot("meeting-console-top");

        // The member's screen has followed all of it.
        waitForMember(By.id("live-outcome"), "Beslutat");
        waitForMember(By.id("live-dissents"), "Andrea Hedin (M) och Jan Jönsson (L) reserverade sig mot beslutet");
        waitForMember(By.id("live-statements"), "Vi vill att nämnden följer upp stödet under 2027.");
        assertThat(member.find(By.id("live-decision")).getText())
                .contains("Socialnämnden godkänner förvaltningens tjänsteutlåtande som svar på remissen.");
        assertThat(member.driver().findElements(By.cssSelector("#live button, #live form input"))).isEmpty();
        member.screenshot("meeting-console-member");

        // The decision reached the matter's process.
        assertThat(process.waitingIn(matter.getMatterId())).contains("AwaitMinutesApproval")
                .doesNotContain("AwaitBoardDecision");

        // Once the reservation and the statement are in, the paragraph is justered at the meeting: locked at once,
        // its forms gone, and the matter's process told (its own notice is posted today).
        browser.find(By.id("decision-justera")).click();
        waitForText(By.id("decision-justered"), "Paragrafen är justerad omedelbart och låst.");
        assertThat(browser.find(By.id("decision-shown")).getText()).containsIgnoringCase("omedelbart");
        assertThat(browser.driver().findElement(By.id("statement-form")).isDisplayed()).isFalse();
        assertThat(browser.driver().findElement(By.id("dissent-form")).isDisplayed()).isFalse();
        assertThat(process.waitingIn(matter.getMatterId())).doesNotContain("AwaitMinutesApproval");
    }

    // ---- set-up: today's meeting of the demo board, a remiss on its agenda with an approved report -----------------

    private Long openMeetingOfSocialnamnden() {
        Long boardId = jdbc.queryForObject("select b.id from board b join municipality m on m.id = b.municipality_id "
                + "where m.code = 'stockholm' and b.name = 'Socialnämnden'", Long.class);
        MeetingFixtures fixtures = new MeetingFixtures(admin, registry, process, engineTasks, jdbc);
        Matter remiss = fixtures.awaitingAgenda(boardId, MatterKind.REFERRAL, title, false);
        new ConsoleFixtures(fixtures, meetings, admin, accounts, jdbc).approvedReport(remiss,
                "Socialnämnden godkänner förvaltningens tjänsteutlåtande som svar på remissen.");
        Meeting meeting = meetings.plan(boardId, LocalDate.now(WorkingDayCalendar.STOCKHOLM),
                LocalTime.of(ThreadLocalRandom.current().nextInt(6, 23), ThreadLocalRandom.current().nextInt(60)),
                "Sammanträdesrummet");
        fixtures.place(meetings, meeting.getId(), remiss);
        meetings.setAgenda(meeting.getId());
        meetings.open(meeting.getId());
        return meeting.getId();
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private void ready() {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .withMessage(() -> "the console did not start: '" + browser.driver().findElement(By.id("connection"))
                        .getText() + "'")
                .until(ExpectedConditions.attributeToBe(By.id("console"), "data-ready", "true"));
        browser.waiting().until(driver -> !driver.findElement(By.id("paragraph-title")).getText().startsWith("Hämtar"));
    }

    /** A key as the secretary presses it, to whatever has the focus. */
    private void press(String key) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }

    /** Leaves the field in focus, so that the shortcuts apply. */
    private void escape() {
        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
    }

    private Long personId(String name) {
        return jdbc.queryForObject("select p.id from person p join municipality m on m.id = p.municipality_id "
                + "where m.code = 'stockholm' and concat(p.first_name, ' ', p.last_name) = ?", Long.class, name);
    }

    private WebElement seatRow(String name) {
        return browser.find(By.xpath("//tbody[@id='seats-body']/tr[th[starts-with(normalize-space(), '" + name
                + " (')]]"));
    }

    private WebElement factRemoveButton(String name) {
        return browser.find(By.xpath("//ul[@id='attendance-facts']/li[span[starts-with(normalize-space(), '" + name
                + " (')]]/button"));
    }

    private WebElement personChoice(String form, String display) {
        return browser.find(By.xpath("//form[@id='" + form + "']//label[normalize-space()='" + display + "']"));
    }

    private List<String> proposals() {
        return browser.texts(By.cssSelector("#proposals-list > li[data-proposal]"));
    }

    private void waitForText(By where, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .ignoring(StaleElementReferenceException.class)
                .withMessage(() -> "expected '" + text + "' in " + where + ", found '"
                        + browser.driver().findElements(where).stream().map(WebElement::getText).toList() + "'")
                .until(driver -> driver.findElements(where).stream().anyMatch(element -> element.getText()
                        .contains(text)));
    }

    private void waitForMember(By where, String text) {
        new WebDriverWait(member.driver(), Duration.ofSeconds(10))
                .withMessage(() -> "the live view: expected '" + text + "' in " + where + ", found '"
                        + member.driver().findElements(where).stream().map(WebElement::getText).toList() + "'")
                .until(driver -> driver.findElements(where).stream().anyMatch(element -> element.getText()
                        .contains(text)));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
