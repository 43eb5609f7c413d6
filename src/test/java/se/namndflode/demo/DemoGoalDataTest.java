package se.namndflode.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.namndflode.IntegrationTest;

/** Socialnämnden's verksamhetsplan 2026 and its first tertial, loaded through the goal import on first start. */
@IntegrationTest
class DemoGoalDataTest {

    @Autowired
    JdbcTemplate jdbc;

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    @Test
    void theVerksamhetsplanHasItsGoalsOnThreeLevelsAndItsIndicators() {
        assertThat(count("select count(*) from goal where municipality_code = 'stockholm' and plan_year = 2026"))
                .isEqualTo(41);
        assertThat(count("""
                select count(*) from goal g join goal_level l on l.id = g.level_id
                where g.municipality_code = 'stockholm' and g.plan_year = 2026 and l.code = 'NAMNDMAL'"""))
                .isEqualTo(23);
        assertThat(count("select count(*) from indicator where municipality_code = 'stockholm' and plan_year = 2026"))
                .isEqualTo(36);
        assertThat(jdbc.queryForObject("""
                select r.text from goal_expected_result r join goal g on g.id = r.goal_id
                where g.municipality_code = 'stockholm' and g.goal_number = '1.1.1'""", String.class))
                .isEqualTo("LSS-kollo tillhandahåller en meningsfull fritid för barn och unga");
    }

    @Test
    void tertialOneHasOutcomesAndProposalsExplainedInSwedish() {
        assertThat(count("""
                select count(*) from outcome o join indicator i on i.id = o.indicator_id
                join reporting_period p on p.id = o.period_id
                where i.municipality_code = 'stockholm' and p.code = 'T1'""")).isGreaterThanOrEqualTo(13);
        assertThat(jdbc.queryForObject("""
                select p.explanation from rating_proposal p join goal g on g.id = p.subject_id
                where p.subject_type = 'GOAL' and g.municipality_code = 'stockholm' and g.goal_number = '3.2'
                order by p.id desc fetch first 1 rows only""", String.class)).contains("indikator");
        assertThat(count("""
                select count(*) from rating_proposal where municipality_code = 'stockholm' and subject_type = 'GOAL'"""))
                .isGreaterThanOrEqualTo(41);
    }

    @Test
    void theGoalsAreLoadedOnceAndAudited() {
        assertThat(count("select count(*) from audit_event where action = '" + DemoGoalData.LOADED + "'"))
                .isEqualTo(1);
    }
}
