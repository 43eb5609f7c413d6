package se.namndflode.goal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import se.namndflode.Browser;
import se.namndflode.BrowserTest;

/**
 * The manager follows up Socialnämnden's plan: the dashboard's rating charts are drawn (ECharts from the WebJar,
 * under the application's Content-Security-Policy) beside their text, the indicator trends likewise, and the
 * drill-down opens a goal's analysis and evidence.
 */
@BrowserTest
class GoalDashboardBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void theManagerSeesTheChartsWithTheirTextAndDrillsDownToAGoal() {
        browser.signIn("chef");
        browser.open("/mal/oversikt?kommun=stockholm&ar=2026&period=T1");
        browser.waitForHeading("Uppföljning av mål");
        // Each rating chart is drawn on a canvas by the library, and says in words what it shows.
        List<WebElement> charts = browser.driver().findElements(By.cssSelector("figure .chart[role=img]"));
        assertThat(charts).hasSize(3);
        browser.waiting().until(driver -> driver.findElements(By.cssSelector("figure .chart canvas")).size() == 3);
        assertThat(charts.get(2).getAttribute("aria-label")).startsWith("Nämndmål. Tertial 1 2026: ");
        assertThat(browser.find(By.cssSelector("#betyg-3 figcaption")).getText())
                .isEqualTo(charts.get(2).getAttribute("aria-label"));
        browser.screenshot("goal-dashboard");

        // The trends of the indicators, each drawn and described.
        browser.find(By.id("trends-link")).click();
        browser.waitForHeading("Indikatorernas utveckling mot årsmålen, Socialnämnden");
        int trends = browser.driver().findElements(By.cssSelector("figure .chart[role=img]")).size();
        assertThat(trends).isPositive();
        browser.waiting().until(driver -> driver.findElements(By.cssSelector("figure .chart canvas")).size()
                == trends);
        browser.screenshot("goal-dashboard-trends");

        // Drill-down: a nämndmål's analysis, its indicators and their trends.
        browser.open("/mal/oversikt?kommun=stockholm&ar=2026&period=T1");
        browser.find(By.xpath("//table[@id='dashboard-goals']//tr[th='1.3.2']//a")).click();
        browser.waitForHeading(browser.h1());
        assertThat(browser.h1()).startsWith("Nämndmål: 1.3.2");
        assertThat(browser.find(By.id("goal-analysis")).getText())
                .startsWith("Nämnden har ännu inte bedömt").contains("Underlaget visar att");
        assertThat(browser.texts(By.cssSelector("#goal-indicators thead th"))).contains("Periodens utfall",
                "Prognos helår", "Årsmål", "KF:s årsmål");
        browser.waiting().until(driver -> !driver.findElements(By.cssSelector("figure .chart canvas")).isEmpty());
        browser.screenshot("goal-dashboard-drilldown");
    }
}
