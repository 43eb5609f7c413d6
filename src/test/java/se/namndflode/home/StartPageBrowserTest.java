package se.namndflode.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import se.namndflode.Browser;
import se.namndflode.BrowserTest;
import se.namndflode.WorkSteps;
import se.namndflode.shared.time.WorkingDayCalendar;

/**
 * Each role's start page shows what is due: for the case officer the remiss given to her and due this week, for
 * the manager the group's free task due this week, with the task lists' counts; for every role the next meeting
 * of their boards (the demo's Socialnämnden meeting); for the registrar the way to register a matter.
 */
@BrowserTest
class StartPageBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    private final WorkSteps steps = new WorkSteps(browser);
    private final int suffix = ThreadLocalRandom.current().nextInt(100_000, 999_999);
    private final String forOfficer = "Remiss om hemtjänstens nattpatrull " + suffix;
    private final String forManager = "Remiss om trygghetsboenden " + suffix;

    @BeforeEach
    void twoRemisserDueThisWeek() {
        LocalDate today = LocalDate.now(WorkingDayCalendar.STOCKHOLM);
        steps.signInAs("registrator");
        steps.register(forOfficer, today.plusDays(3), null, "Sofia Lind");
        steps.register(forManager, today.plusDays(2), null, null);
    }

    @Test
    void theCaseOfficerSeesHerRemissDueThisWeek() {
        steps.signInAs("handlaggare");
        assertThat(browser.path()).isEqualTo("/start/handlaggare");
        assertThat(browser.find(By.id("due-week")).getText()).contains("Skriv tjänsteutlåtande", forOfficer);
        assertThat(browser.find(By.id("waiting-heading")).getText()).isEqualTo("Väntar på dig");
        assertThat(browser.find(By.cssSelector("#waiting-heading + p a")).getText()).matches("Mina uppgifter: [1-9]\\d*");
        assertThat(browser.find(By.id("next-meetings")).getText()).contains("Socialnämnden");
    }

    @Test
    void theManagerSeesTheGroupsFreeTaskDueThisWeek() {
        steps.signInAs("chef");
        assertThat(browser.find(By.id("due-week")).getText()).contains("Fördela ärendet", forManager,
                "Ledig i gruppen");
        assertThat(browser.texts(By.cssSelector("#waiting-heading ~ p a")))
                .anyMatch(text -> text.matches("Gruppens lediga uppgifter: [1-9]\\d*\\."));
        assertThat(browser.find(By.id("next-meetings")).getText()).contains("Socialnämnden");
    }

    @Test
    void theDirectorAndTheSecretarySeeWhatIsDueAndTheNextMeeting() {
        for (String role : new String[] {"forvaltningschef", "sekreterare"}) {
            steps.signInAs(role);
            assertThat(browser.texts(By.cssSelector("#due-heading ~ h3"))).as(role)
                    .containsExactly("I dag och försenat", "Den här veckan");
            assertThat(browser.find(By.id("next-meetings")).getText()).as(role).contains("Socialnämnden");
        }
    }

    @Test
    void theRegistrarStartsARegistrationAndThePoliticianSeesTheNextMeeting() {
        steps.signInAs("registrator");
        assertThat(browser.find(By.linkText("Registrera ärende")).getAttribute("href")).endsWith("/arenden/ny");
        assertThat(browser.find(By.id("next-meetings")).getText()).contains("Socialnämnden");
        steps.signInAs("ledamot");
        assertThat(browser.find(By.id("next-meetings")).getText()).contains("Socialnämnden");
    }
}
