package se.namndflode.goal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.namndflode.IntegrationTest;
import se.namndflode.organisation.Organisation;

/** The compiled follow-up report of the demo board (Socialnämnden, verksamhetsplan 2026). */
@IntegrationTest
class PeriodReportsTest extends GoalTestSupport {

    @Autowired
    PeriodReports reports;
    @Autowired
    Organisation organisation;

    Long socialnamnden() {
        return as(official("stockholm"), () -> organisation.boards("stockholm").stream()
                .filter(board -> board.getName().equals("Socialnämnden")).findFirst().orElseThrow().getId());
    }

    @Test
    void compilesTertialOneOfTheDemoBoard() {
        Long board = socialnamnden();
        CompiledReport report = as(official("stockholm"), () -> reports.compile("stockholm", board, 2026, "T1"));
        assertThat(report.title()).isEqualTo("Tertialrapport 1 2026");
        assertThat(report.forecast()).isTrue();
        assertThat(report.model().goals()).hasSize(41);
        assertThat(report.html()).contains("Nämnden gör bedömningen att nämndmålet");
        assertThat(report.pdf()).startsWith("%PDF".getBytes());
    }
}
