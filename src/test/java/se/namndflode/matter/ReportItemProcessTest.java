package se.namndflode.matter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.namndflode.EngineJobs;
import se.namndflode.IntegrationTest;
import se.namndflode.registry.MatterForm;
import se.namndflode.registry.MatterKind;
import se.namndflode.registry.MatterStatus;
import se.namndflode.registry.Registry;
import se.namndflode.shared.web.DomainException;

/**
 * Every path of {@code bpmn/report-item.bpmn}, the short process of delegationsbeslut and anmälningar, driven
 * through the engine's API (the agenda task) and the process facade (reported, justered, written off).
 */
@IntegrationTest
class ReportItemProcessTest {

    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    @Autowired
    BoardMatterProcess process;
    @Autowired
    Registry registry;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EngineJobs jobs;

    private Long item(MatterKind kind) {
        MatterForm form = new MatterForm();
        form.setBoardId(jdbc.queryForObject("select id from board where name = 'Socialnämnden'", Long.class));
        form.setKind(kind);
        form.setTitle("Anmälan " + NEXT.incrementAndGet());
        return registry.registerMatter(form).getId();
    }

    private String instance(Long matterId) {
        return process.progress(matterId).orElseThrow().getProcessInstanceId();
    }

    private List<String> waitingIn(Long matterId) {
        return process.waitingIn(matterId);
    }

    /** The secretary's agenda step, done in the engine as its task form would (the domain records the day). */
    private void placeOnAgenda(Long matterId) {
        process.placeOnAgenda(matterId, LocalDate.now(), null);
        tasks.complete(tasks.createTaskQuery().processInstanceId(instance(matterId))
                .taskDefinitionKey("PlaceOnAgenda").singleResult().getId());
    }

    private boolean endedIn(Long matterId, String endEvent) {
        String id = instance(matterId);
        return runtime.createProcessInstanceQuery().processInstanceId(id).count() == 0
                && history.createHistoricActivityInstanceQuery().processInstanceId(id).activityId(endEvent)
                        .count() == 1;
    }

    @Test
    void aDelegatedDecisionStartsAtTheAgendaStepWithNoPreparation() {
        Long matter = item(MatterKind.DELEGATED_DECISION);

        ProcessInstance started = runtime.createProcessInstanceQuery().processInstanceId(instance(matter))
                .singleResult();
        assertThat(runtime.getVariable(started.getId(), "matterId")).isEqualTo(matter);
        assertThat(started.getTenantId()).isEqualTo("stockholm");
        assertThat(started.getProcessDefinitionId()).startsWith(BoardMatterProcess.REPORT_ITEM + ":");
        assertThat(waitingIn(matter)).containsExactly("PlaceOnAgenda");
        assertThat(tasks.createTaskQuery().processInstanceId(started.getId()).singleResult().getAssignee()).isNull();
    }

    @Test
    void aStandingItemGoesBackToTheAgendaUntilItsLastReportAndClosesAfterThatJustering() {
        Long matter = item(MatterKind.INFORMATION);
        placeOnAgenda(matter);
        assertThat(waitingIn(matter)).containsExactly("AwaitReport");

        process.recordReported(matter, true);
        assertThat(waitingIn(matter)).containsExactly("PlaceOnAgenda");

        placeOnAgenda(matter);
        process.recordReported(matter, false);
        assertThat(waitingIn(matter)).containsExactly("AwaitMinutesApproval");

        process.recordMinutesApproved(matter);
        jobs.runAsyncSteps(matter);
        assertThat(endedIn(matter, "ItemClosed")).isTrue();
        assertThat(process.progress(matter).orElseThrow().isOpen()).isFalse();
        assertThat(jdbc.queryForObject("select status from matter where id = ?", String.class, matter))
                .isEqualTo(MatterStatus.CLOSED.name());
    }

    @Test
    void aReportWithoutTheStandingFlagTakesTheDefaultToJustering() {
        Long matter = item(MatterKind.DELEGATED_DECISION);
        placeOnAgenda(matter);

        runtime.createMessageCorrelation(BoardMatterMessages.ITEM_REPORTED).processInstanceId(instance(matter))
                .correlate();

        assertThat(waitingIn(matter)).containsExactly("AwaitMinutesApproval");
    }

    @Test
    void aReportItemIsWrittenOffWhereverItStands() {
        Long matter = item(MatterKind.DELEGATED_DECISION);
        placeOnAgenda(matter);

        process.writeOff(matter, "Anmäld i ett annat ärende");

        assertThat(endedIn(matter, "ItemWrittenOff")).isTrue();
        assertThat(process.progress(matter).orElseThrow().getWrittenOffAt()).isNotNull();
    }

    @Test
    void aReportItemIsNotDecidedAndABoardMatterIsNotReported() {
        Long item = item(MatterKind.DELEGATED_DECISION);
        placeOnAgenda(item);
        assertThatThrownBy(() -> process.recordBoardOutcome(item, BoardOutcome.DECIDED, null, false))
                .isInstanceOf(DomainException.class).extracting("messageKey")
                .isEqualTo("matter.reportItem.noDecision");
        assertThat(waitingIn(item)).containsExactly("AwaitReport");

        Long matter = item(MatterKind.REPORT);
        assertThatThrownBy(() -> process.recordReported(matter, false))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("matter.notReportItem");
    }
}
