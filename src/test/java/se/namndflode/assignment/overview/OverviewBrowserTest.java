package se.namndflode.assignment.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.namndflode.Browser;
import se.namndflode.BrowserTest;
import se.namndflode.MunicipalityFixtures;
import se.namndflode.SignedIn;
import se.namndflode.assignment.Assignment;
import se.namndflode.assignment.AssignmentForm;
import se.namndflode.assignment.Assignments;
import se.namndflode.assignment.Reporting;
import se.namndflode.assignment.Source;
import se.namndflode.organisation.Accounts;
import se.namndflode.organisation.OrganisationAdmin;
import se.namndflode.shared.security.Role;

/**
 * A manager opens the overview, filters it to Socialnämnden, drills into an overdue assignment and gives it to
 * another case officer there; the new responsible person finds the assignment's task (explain the deviation the
 * overdue end date recorded) in Mina uppgifter with its link. The demo's own overdue items are on the overview too.
 */
@BrowserTest
class OverviewBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    Assignments assignments;
    @Autowired
    OrganisationAdmin organisationAdmin;
    @Autowired
    Accounts accounts;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aManagerFindsAnOverdueAssignmentAndGivesItToAnotherCaseOfficer() {
        MunicipalityFixtures fixtures = new MunicipalityFixtures(organisationAdmin, accounts);
        Long stockholm = jdbc.queryForObject("select id from municipality where code = 'stockholm'", Long.class);
        Long board = jdbc.queryForObject("select id from board where municipality_id = ? and name = 'Socialnämnden'",
                Long.class, stockholm);
        String officer = fixtures.account("uppdrag." + MunicipalityFixtures.letters(6), Set.of(Role.CASE_OFFICER),
                Set.of(stockholm));
        String reference = "OV-" + MunicipalityFixtures.letters(5).toUpperCase();
        AssignmentForm form = new AssignmentForm();
        form.setBoardId(board);
        form.setReference(reference);
        form.setSource(Source.OPERATIONAL_PLAN);
        LocalDate today = LocalDate.now();
        form.setSourceYear(today.getYear());
        form.setText("Socialnämnden ska kartlägga väntetiderna till försörjningsstöd");
        form.setStartDate(today.minusMonths(4));
        form.setEndDate(today.minusDays(10));
        form.setReporting(Reporting.FOLLOW_UP_REPORT);
        form.setResponsible("handlaggare");
        Assignment late = SignedIn.as(fixtures.user("chef"), () -> assignments.create(form));
        runDueJobs(late);

        browser.signIn("chef");
        browser.open("/oversikt");
        browser.waitForHeading("Försenat och i riskzonen");
        assertThat(browser.find(By.id("count-assignments-overdue")).getText()).startsWith("Försenade uppdrag: ");
        assertThat(browser.find(By.id("count-matters-overdue")).getText())
                .as("the demo's remiss past its answer date").isNotEqualTo("Ärenden efter svarsdatum: 0");
        assertThat(browser.driver().findElements(By.cssSelector("figure.overview-chart"))).hasSize(3);
        assertThat(browser.find(By.cssSelector("#chart-boards .chart svg")).isDisplayed())
                .as("ECharts, served by the application, drew the chart from its table").isTrue();

        new Select(browser.find(By.id("boardId"))).selectByVisibleText("Socialnämnden");
        new Select(browser.find(By.id("state"))).selectByVisibleText("Försenat");
        browser.submit(By.cssSelector("#overview-filter button[type=submit]"));
        browser.waitForHeading("Försenat och i riskzonen");
        assertThat(browser.driver().getCurrentUrl()).contains("boardId=" + board).contains("state=OVERDUE");
        assertThat(browser.texts(By.cssSelector("#overview-items tbody td:nth-child(4)")))
                .as("only Socialnämnden's items").isNotEmpty().allMatch("Socialnämnden"::equals);
        browser.screenshot("overview-filtered");

        WebElement row = browser.find(By.cssSelector("#overview-items tr[data-reference='" + reference + "']"));
        assertThat(row.getText()).contains("Försenat");
        row.findElement(By.linkText(reference)).click();
        browser.waitForPath("/uppdrag/" + late.getId());

        new Select(browser.find(By.id("reassign-responsible"))).selectByVisibleText("Testperson " + officer);
        browser.submit(By.cssSelector("form[action$='/ansvarig'] button[type=submit]"));
        browser.waitForPath("/uppdrag/" + late.getId());
        assertThat(browser.find(By.id("responsible")).getText()).isEqualTo("Testperson " + officer);

        browser.forgetSession();
        browser.signIn(officer);
        browser.open("/uppgifter");
        WebElement task = browser.find(By.xpath("//tr[td[contains(normalize-space(), '" + reference + "')]]"));
        assertThat(task.getText()).contains("Förklara avvikelsen");
        browser.screenshot("overview-new-responsible-task");
        task.findElement(By.cssSelector("a[href='/uppdrag/" + late.getId() + "']")).click();
        browser.waitForPath("/uppdrag/" + late.getId());
    }

    /** The assignment's timers that are due (its overdue day has passed), as the job executor would run them. */
    private void runDueJobs(Assignment assignment) {
        for (int round = 0; round < 20; round++) {
            List<Job> due = management.createJobQuery().processInstanceId(assignment.getProcessInstanceId())
                    .executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
    }
}
