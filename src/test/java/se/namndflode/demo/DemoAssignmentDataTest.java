package se.namndflode.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import se.namndflode.IntegrationTest;

/**
 * The 63 activities of Socialnämnden's verksamhetsplan 2026 are its assignments, through the import; on first start
 * the manager sees overdue and at-risk ones.
 */
@IntegrationTest
class DemoAssignmentDataTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ManagementService management;

    @Test
    void theSixtyThreeActivitiesOfThePlanAreImportedWithTheirGoalsLeadsAndPartners() {
        assertThat(jdbc.queryForObject("select count(*) from assignment where municipality_code = 'stockholm' and "
                + "reference like 'VP2026-%'", Integer.class)).isEqualTo(63);
        assertThat(jdbc.queryForObject("select count(*) from assignment where municipality_code = 'stockholm' and "
                + "reference like 'VP2026-%' and goal_id is null", Integer.class)).as("every one has its goal")
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from assignment where municipality_code = 'stockholm' and "
                + "reference like 'VP2026-K%' and source = 'COUNCIL_ACTIVITY'", Integer.class)).isEqualTo(35);
        Map<String, Object> k02 = jdbc.queryForMap("select a.text, b.name lead, g.goal_number goal from assignment a "
                + "join assignment_body b on a.lead_body_id = b.id join goal g on a.goal_id = g.id "
                + "where a.municipality_code = 'stockholm' and a.reference = 'VP2026-K02'");
        assertThat(k02).containsEntry("LEAD", "Kommunstyrelsen").containsEntry("GOAL", "1.3");
        List<String> k32 = jdbc.queryForList("select r.name || ' ' || b.name from assignment a join assignment_partner p "
                + "on p.assignment_id = a.id join assignment_body b on p.body_id = b.id join assignment_relation_type r "
                + "on p.relation_type_id = r.id where a.municipality_code = 'stockholm' and a.reference = 'VP2026-K32' "
                + "order by p.position", String.class);
        assertThat(k32).containsExactly("i samråd med Stadsdelsnämnderna", "i samråd med AB Svenska Bostäder",
                "i samråd med AB Familjebostäder", "i samråd med AB Stockholmshem", "i samråd med SHIS");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'ASSIGNMENTS_IMPORTED' and "
                + "actor = 'demodata' and municipality_code = 'stockholm'", Integer.class)).isEqualTo(1);
    }

    @Test
    void onFirstStartTheDemoShowsOverdueAndAtRiskAssignments() {
        // What the job executor does right after the first start (it is off in tests): the timers already due.
        List<String> instances = jdbc.queryForList("select process_instance_id from assignment where "
                + "municipality_code = 'stockholm' and reference like 'VP2026-%'", String.class);
        for (String instance : instances) {
            for (int round = 0; round < 20; round++) {
                List<Job> due = management.createJobQuery().processInstanceId(instance).executable().list();
                if (due.isEmpty()) {
                    break;
                }
                due.forEach(job -> management.executeJob(job.getId()));
            }
        }
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Stockholm"));
        int ended = jdbc.queryForObject("select count(*) from assignment where municipality_code = 'stockholm' and "
                + "reference like 'VP2026-%' and end_date < ?", Integer.class, today);
        assertThat(ended).as("the plan's activities that end before today").isPositive();
        assertThat(jdbc.queryForObject("select count(*) from assignment where municipality_code = 'stockholm' and "
                + "reference like 'VP2026-%' and overdue_since is not null", Integer.class)).isEqualTo(ended);
        assertThat(jdbc.queryForObject("select count(*) from assignment where municipality_code = 'stockholm' and "
                + "reference like 'VP2026-%' and phase <> 'COMPLETED' and overdue_since is null and "
                + "(latest_status = 'DEVIATION' or reminded_at is not null)", Integer.class))
                .as("at risk: the deviations of tertial 2, or reminded").isPositive();
        assertThat(jdbc.queryForObject("select count(*) from act_ru_task t join assignment a on "
                + "a.process_instance_id = t.proc_inst_id_ where a.municipality_code = 'stockholm' and "
                + "t.task_def_key_ = 'ActOnOverdue'", Integer.class)).as("the manager's tasks").isEqualTo(ended);
    }
}
