package se.namndflode.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.namndflode.IntegrationTest;
import se.namndflode.MunicipalityFixtures.TestMunicipality;
import se.namndflode.SignedIn;
import se.namndflode.shared.security.Role;

/**
 * The manager's overview: its numbers and pages equal a direct count in the database for each filter (board, goal,
 * responsible person, overdue, deviating, at risk, open/completed), within the user's municipalities only; the same
 * through the page and the API.
 */
@IntegrationTest
class AssignmentOverviewTest extends AssignmentTestSupport {

    @Autowired
    AssignmentOverview overview;
    @Autowired
    MockMvc mvc;

    Assignment register(TestMunicipality kommun, String reference, LocalDate end, String responsible) {
        AssignmentForm form = form(kommun, reference);
        form.setSourceYear(2032);
        form.setStartDate(LocalDate.of(2032, 1, 1));
        form.setEndDate(end);
        form.setResponsible(responsible);
        return asManager(kommun, () -> assignments.create(form));
    }

    /** A direct count of the municipality's assignments matching a condition. */
    long direct(String code, String condition, Object... arguments) {
        Object[] all = new Object[arguments.length + 1];
        all[0] = code;
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        return jdbc.queryForObject("select count(*) from assignment where municipality_code = ? and " + condition,
                Long.class, all);
    }

    @Test
    void theOverviewsNumbersEqualADirectCountForEachFilter() throws Exception {
        at(LocalDate.of(2032, 1, 12));
        TestMunicipality kommun = municipality();
        TestMunicipality other = municipality();
        String officer = kommun.user(Role.CASE_OFFICER);
        String manager = kommun.user(Role.MANAGER);
        List<Assignment> made = new ArrayList<>();
        made.add(register(kommun, "O1", LocalDate.of(2032, 3, 31), officer));   // overdue
        made.add(register(kommun, "O2", LocalDate.of(2032, 4, 10), officer));   // overdue, explained
        made.add(register(kommun, "O3", LocalDate.of(2032, 5, 29), manager));   // reminded: at risk
        made.add(register(kommun, "O4", LocalDate.of(2032, 12, 31), officer));  // deviation reported: at risk
        made.add(register(kommun, "O5", LocalDate.of(2032, 12, 31), null));     // no one appointed
        made.add(register(kommun, "O6", LocalDate.of(2032, 12, 31), officer));  // done: completed
        made.add(register(kommun, "O7", LocalDate.of(2032, 12, 31), manager));  // on track
        register(other, "O1", LocalDate.of(2032, 3, 31), other.user(Role.CASE_OFFICER));

        at(LocalDate.of(2032, 4, 30));
        made.forEach(this::runDueJobs);
        SignedIn.as(fixtures().user(officer), () -> {
            assignments.reportStatus(made.get(3).getId(), new StatusReportForm(Status.DEVIATION, "Försenad."));
            assignments.reportStatus(made.get(5).getId(), new StatusReportForm(Status.DONE, "Klart."));
            return assignments.explainDeviation(made.get(1).getId(), new ExplanationForm("Sjukskrivning."));
        });
        SignedIn.as(fixtures().user(manager), () -> assignments.reportStatus(made.get(6).getId(),
                new StatusReportForm(Status.ON_TRACK, null)));
        at(LocalDate.of(2032, 5, 20));
        made.forEach(this::runDueJobs);

        String code = kommun.code();
        String open = "phase <> 'COMPLETED'";
        String overdue = open + " and overdue_since is not null";
        String deviating = open + " and (latest_status = 'DEVIATION' or overdue_since is not null)";
        String atRisk = open + " and overdue_since is null and (latest_status = 'DEVIATION' or reminded_at is not null)";
        assertThat(direct(code, overdue)).as("the data covers the filter").isEqualTo(2);
        assertThat(direct(code, atRisk)).as("the data covers the filter").isEqualTo(2);
        assertThat(direct(code, "phase = 'COMPLETED'")).as("the data covers the filter").isEqualTo(1);

        AssignmentOverview.Counts counts = asManager(kommun, () -> overview.counts(AssignmentFilter.NONE));
        assertThat(counts).isEqualTo(new AssignmentOverview.Counts(direct(code, open), direct(code, overdue),
                direct(code, deviating), direct(code, atRisk)));
        AssignmentFilter byOfficer = new AssignmentFilter(null, null, officer, null, null, null, null);
        assertThat(asManager(kommun, () -> overview.counts(byOfficer))).isEqualTo(new AssignmentOverview.Counts(
                direct(code, open + " and responsible = ?", officer),
                direct(code, overdue + " and responsible = ?", officer),
                direct(code, deviating + " and responsible = ?", officer),
                direct(code, atRisk + " and responsible = ?", officer)));
        AssignmentFilter byBoard = new AssignmentFilter(kommun.boardId(), null, null, true, null, null, null);
        assertThat(asManager(kommun, () -> overview.page(byBoard, 0).getTotalElements()))
                .isEqualTo(direct(code, overdue + " and board_id = ?", kommun.boardId()));
        for (AssignmentFilter.Scope scope : AssignmentFilter.Scope.values()) {
            AssignmentFilter filter = new AssignmentFilter(null, null, null, null, null, null, scope);
            String condition = switch (scope) {
                case OPEN -> open;
                case COMPLETED -> "phase = 'COMPLETED'";
                case ALL -> "1 = 1";
            };
            assertThat(asManager(kommun, () -> overview.page(filter, 0).getTotalElements())).as(scope.name())
                    .isEqualTo(direct(code, condition));
        }
        assertThat(asManager(kommun, () -> overview.page(AssignmentFilter.NONE.onlyDeviating(), 0).getContent())
                .stream().map(Assignment::getReference).toList()).as("earliest end date first")
                .containsExactly("O1", "O2", "O4");

        // The page and the API say the same.
        mvc.perform(get("/uppdrag").with(user(fixtures().user(manager))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Försenade: " + direct(code, overdue))))
                .andExpect(content().string(containsString("I riskzonen: " + direct(code, atRisk))))
                .andExpect(content().string(containsString("Antal uppdrag: " + direct(code, open))));
        mvc.perform(get("/api/v1/assignments").param("responsible", officer).param("overdue", "true")
                .with(user(fixtures().user(manager))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(direct(code, overdue + " and responsible = ?", officer)))
                .andExpect(jsonPath("$.counts.deviating").value(direct(code, deviating + " and responsible = ?",
                        officer)));
    }

    @Test
    void aGoalsFilterCountsItsAssignmentsOnly() {
        TestMunicipality kommun = municipality();
        AssignmentForm form = form(kommun, "G1");
        form.setGoalId(jdbc.queryForObject("select min(id) from goal where municipality_code = 'stockholm'",
                Long.class));
        // A goal of another municipality is refused: the goal filter only ever sees the municipality's own.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> asManager(kommun, () -> assignments.create(form)))
                .hasFieldOrPropertyWithValue("messageKey", "assignment.goal.unknown");
        Long stockholmGoal = jdbc.queryForObject("select id from goal where municipality_code = 'stockholm' and "
                + "plan_year = 2026 and goal_number = '1.3'", Long.class);
        AssignmentFilter filter = new AssignmentFilter(null, stockholmGoal, null, null, null, null,
                AssignmentFilter.Scope.ALL);
        long expected = jdbc.queryForObject("select count(*) from assignment where municipality_code = 'stockholm' "
                + "and goal_id = ?", Long.class, stockholmGoal);
        assertThat(expected).as("the demo's activities under goal 1.3").isPositive();
        assertThat(SignedIn.as(fixtures().user("chef"), () -> overview.page(filter, 0).getTotalElements()))
                .isEqualTo(expected);
        assertThat(asManager(kommun, () -> overview.page(filter, 0).getTotalElements()))
                .as("another municipality's manager sees none of them").isZero();
    }
}
