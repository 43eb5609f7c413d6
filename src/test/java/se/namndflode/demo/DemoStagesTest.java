package se.namndflode.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.namndflode.EngineJobs;
import se.namndflode.IntegrationTest;
import se.namndflode.matter.BoardMatterProcess;
import se.namndflode.matter.MatterProgress;

/** The demo has a matter waiting in every step of the board-matter process, one overdue and one written off. */
@IntegrationTest
class DemoStagesTest {

    @Autowired
    BoardMatterProcess process;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EngineJobs jobs;

    /** The demo matter whose title starts so: the first registered (the demo loads before any test runs). */
    private Long number(String titleStart) {
        return jdbc.queryForList("select p.matter_id from matter_progress p join matter m on m.id = p.matter_id "
                + "where m.title like ? order by m.id", Long.class, titleStart + "%").get(0);
    }

    private List<String> waitingIn(String titleStart) {
        return process.waitingIn(number(titleStart)).stream()
                .filter(activity -> !activity.startsWith("Answer")).toList();
    }

    /**
     * Every step but the agenda step: the demo meeting has taken the matters that waited there (the director's
     * approval of the skrivelse brings the next one).
     */
    @Test
    void everyStepOfTheProcessHasADemoMatter() {
        assertThat(waitingIn("Remiss av Förbättrade möjligheter")).containsExactly("AssignCaseOfficer");
        assertThat(waitingIn("Remiss av Betänkandet")).containsExactly("PrepareStaffReport");
        assertThat(waitingIn("Program för tillgänglighet")).containsExactly("ReviewStaffReport");
        assertThat(waitingIn("Skrivelse om avhopparprogram")).containsExactly("ApproveForBoard");
        assertThat(waitingIn("Månadsrapport november 2023")).containsExactly("AwaitBoardDecision");
        assertThat(waitingIn("Motion om kommunöverskridande")).containsExactly("AwaitBoardDecision");
        assertThat(waitingIn("Reviderade riktlinjer")).containsExactly("AwaitMinutesApproval");
        assertThat(waitingIn("Verksamhetsplan för socialnämnden")).containsExactlyInAnyOrder("AppealPeriodEnds",
                "DispatchExtract");
    }

    @Test
    void theAgreementAnnouncedAMonthAgoIsClosedOnceItsAppealPeriodTimerHasRun() {
        Long agreement = number("Avtal om samverkan för insatser till avhoppare");
        String instance = process.progress(agreement).orElseThrow().getProcessInstanceId();
        List<Job> due = management.createJobQuery().processInstanceId(instance).activityId("AppealPeriodEnds")
                .executable().list();
        assertThat(due).as("the appeal period ended in the past, so its timer is due").hasSize(1);

        management.executeJob(due.get(0).getId());
        // Legal force, then closing behind its transaction boundary, as the job executor would run them.
        jobs.runAsyncSteps(agreement);

        MatterProgress closed = process.progress(agreement).orElseThrow();
        assertThat(closed.getNoticePublishedOn()).isEqualTo(java.time.LocalDate.now().minusDays(30));
        assertThat(closed.getLegalForceOn()).isEqualTo(closed.getAppealPeriodEnds().plusDays(1))
                .isBeforeOrEqualTo(java.time.LocalDate.now());
        assertThat(closed.getDispatchedAt()).isNotNull();
        assertThat(closed.getClosedAt()).isNotNull();
    }

    @Test
    void theWrittenOffProcurementHasEnded() {
        MatterProgress procurement = process.progress(number("Upphandling av bemanningstjänster")).orElseThrow();
        assertThat(procurement.getWrittenOffAt()).isNotNull();
        assertThat(procurement.getWriteOffReason()).isNotBlank();
        assertThat(process.waitingIn(procurement.getMatterId())).isEmpty();
    }

    @Test
    void theTakenOverRemissIsOverdueOnceTheEngineHasRunItsDueTimers() {
        Long pandemic = number("Remiss av Utredningen om författningsberedskap");
        // The job executor does this by itself in the running application; tests run due jobs explicitly.
        String instance = process.progress(pandemic).orElseThrow().getProcessInstanceId();
        // The reminder is due first; once it has run, the overdue timer (also in the past) is due.
        for (int round = 0; round < 2; round++) {
            for (Job job : management.createJobQuery().processInstanceId(instance).executable().timers().list()) {
                management.executeJob(job.getId());
            }
        }
        MatterProgress progress = process.progress(pandemic).orElseThrow();
        assertThat(progress.getAnswerDue()).isBefore(java.time.LocalDate.now());
        assertThat(progress.getRemindedAt()).isNotNull();
        assertThat(progress.isOverdue()).isTrue();
    }

    @Test
    void theDemoBoardHasAPlannedMeetingWithTheMattersThatWaitedForAnAgenda() {
        List<Map<String, Object>> meetings = jdbc.queryForList("""
                select mt.id, mt.meeting_day, mt.status from meeting mt join board b on b.id = mt.board_id
                where b.name = 'Socialnämnden' and mt.place = ? order by mt.id""", DemoMeetingData.PLACE);
        assertThat(meetings).as("one demo meeting (loaded once per database)").hasSize(1);
        Map<String, Object> meeting = meetings.get(0);
        assertThat(meeting.get("status")).isEqualTo("PLANNED");
        List<Map<String, Object>> agenda = jdbc.queryForList("""
                select p.kind, p.matter_id from meeting_paragraph p where p.meeting_id = ?
                order by p.agenda_position""", meeting.get("id"));
        assertThat(agenda).extracting(row -> row.get("kind")).containsExactly("STANDARD", "STANDARD", "STANDARD",
                "STANDARD", "MATTER", "MATTER", "REPORT_ITEM", "REPORT_ITEM", "STANDARD", "STANDARD", "STANDARD");
        assertThat(agenda).extracting(row -> row.get("matter_id")).contains(number("Månadsrapport november 2023"),
                number("Motion om kommunöverskridande"), number("Anmälan av delegationsbeslut"),
                number("Anmälan av protokoll och samverkan"));
        assertThat(process.progress(number("Månadsrapport november 2023")).orElseThrow().getMeetingDate())
                .isEqualTo(((java.sql.Date) meeting.get("meeting_day")).toLocalDate());
        assertThat(waitingIn("Anmälan av delegationsbeslut")).containsExactly("AwaitReport");
    }
}
