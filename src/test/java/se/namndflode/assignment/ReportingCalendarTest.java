package se.namndflode.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import se.namndflode.IntegrationTest;
import se.namndflode.MunicipalityFixtures.TestMunicipality;
import se.namndflode.goal.Goal;
import se.namndflode.goal.GoalModelImport;
import se.namndflode.goal.Goals;
import se.namndflode.goal.ReportingPeriod;
import se.namndflode.shared.security.Role;
import se.namndflode.shared.time.WorkingDayCalendar;

/**
 * The reporting calendar is the one of the goal module, per municipality (a municipality with a delårsrapport per
 * 31 August and an årsredovisning per 31 December reports its assignments then), and the goal ratings count a goal's
 * deviating assignments as of a period.
 */
@IntegrationTest
class ReportingCalendarTest extends AssignmentTestSupport {

    @Autowired
    GoalModelImport goalImport;
    @Autowired
    Goals goals;
    @Autowired
    ReportingCalendar calendar;
    @Autowired
    GoalDeviations deviations;

    TestMunicipality withGoalModel() throws IOException {
        TestMunicipality kommun = municipality();
        String file = new ClassPathResource("/goal/second-municipality.json").getContentAsString(StandardCharsets.UTF_8)
                .replace("@CODE@", kommun.code());
        goalImport.importFile(goalImport.read(file), false);
        return kommun;
    }

    @Test
    void aMunicipalityWithoutAGoalModelReportsPer30April31AugustAnd31December() {
        TestMunicipality kommun = municipality();
        assertThat(calendar.onOrAfter(kommun.code(), LocalDate.of(2026, 1, 10)).label())
                .isEqualTo("Tertialrapport 1 2026");
        assertThat(calendar.onOrAfter(kommun.code(), LocalDate.of(2026, 4, 30)).day())
                .isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(calendar.onOrAfter(kommun.code(), LocalDate.of(2026, 9, 1)).day())
                .isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(calendar.onOrAfter(kommun.code(), LocalDate.of(2027, 1, 1)).day())
                .isEqualTo(LocalDate.of(2027, 4, 30));
    }

    @Test
    void theGoalModelsReportingPeriodsAreTheAssignmentsReportingPoints() throws IOException {
        TestMunicipality kommun = withGoalModel();
        assertThat(calendar.onOrAfter(kommun.code(), LocalDate.of(2025, 1, 10)).label())
                .isEqualTo("Delårsrapport 2025");
        assertThat(calendar.onOrAfter(kommun.code(), LocalDate.of(2025, 9, 1)).label())
                .isEqualTo("Årsredovisning 2025");
    }

    @Test
    void aGoalCountsItsAssignmentsThatDeviateAsOfAPeriod() throws IOException {
        TestMunicipality kommun = withGoalModel();
        clock.setInstant(ZonedDateTime.of(LocalDate.of(2025, 1, 8), LocalTime.of(9, 0), WorkingDayCalendar.STOCKHOLM)
                .toInstant());
        Goal goal = goals.goal(kommun.code(), 2025, "1").orElseThrow();
        AssignmentForm form = form(kommun, "G1");
        form.setSourceYear(2025);
        form.setStartDate(LocalDate.of(2025, 1, 1));
        form.setEndDate(LocalDate.of(2025, 12, 31));
        form.setGoalId(goal.getId());
        form.setResponsible(kommun.user(Role.CASE_OFFICER));
        Assignment assignment = asManager(kommun, () -> assignments.create(form));
        assertThat(assignment.getNextReportOn()).as("the delårsrapport").isEqualTo(LocalDate.of(2025, 8, 31));
        ReportingPeriod delar = goals.period(kommun.code(), "DELAR");
        ReportingPeriod helar = goals.period(kommun.code(), "HELAR");
        assertThat(deviations.count(kommun.code(), goal.getId(), delar)).isZero();

        clock.setInstant(ZonedDateTime.of(LocalDate.of(2025, 6, 2), LocalTime.of(9, 0), WorkingDayCalendar.STOCKHOLM)
                .toInstant());
        as(kommun, Role.CASE_OFFICER, () -> assignments.reportStatus(assignment.getId(),
                new StatusReportForm(Status.DEVIATION, "Försenad upphandling.")));
        assertThat(deviations.count(kommun.code(), goal.getId(), delar)).isEqualTo(1);

        clock.setInstant(ZonedDateTime.of(LocalDate.of(2025, 10, 1), LocalTime.of(9, 0), WorkingDayCalendar.STOCKHOLM)
                .toInstant());
        as(kommun, Role.CASE_OFFICER, () -> assignments.reportStatus(assignment.getId(),
                new StatusReportForm(Status.ON_TRACK, "Upphandlingen klar; i fas igen.")));
        assertThat(deviations.count(kommun.code(), goal.getId(), delar)).as("as of 31 August").isEqualTo(1);
        assertThat(deviations.count(kommun.code(), goal.getId(), helar)).as("as of 31 December").isZero();
    }
}
