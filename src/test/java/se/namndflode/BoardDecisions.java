package se.namndflode;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import se.namndflode.matter.BoardMatterProcess;
import se.namndflode.matter.BoardOutcome;

/**
 * Takes a matter that another capability registered (an assignment's or a follow-up's report matter) through the
 * board, for the tests of what the board's decision does to that capability: the staff report's tasks completed on
 * the engine (the case officer appointed, the report written, reviewed and approved, placed on the agenda), then
 * the board's decision, the minutes justered and the notice, as the meeting and the minutes report them.
 */
public final class BoardDecisions {

    private final JdbcTemplate jdbc;
    private final TaskService tasks;
    private final BoardMatterProcess boardMatters;

    public BoardDecisions(JdbcTemplate jdbc, TaskService tasks, BoardMatterProcess boardMatters) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.boardMatters = boardMatters;
    }

    /**
     * The matter decided by the board, its decision standing.
     *
     * @param municipalityCode the matter's municipality (its process's tenant)
     * @param caseOfficer      the user name appointed case officer, if the process asks for one
     */
    public void decide(Long matterId, String municipalityCode, String caseOfficer) {
        String number = jdbc.queryForObject("select registry_prefix || ' ' || registry_year || '/' || serial from "
                + "matter where id = ?", String.class, matterId);
        for (String step : List.of("AssignCaseOfficer", "PrepareStaffReport", "ReviewStaffReport", "ApproveForBoard",
                "PlaceOnAgenda")) {
            Task task = tasks.createTaskQuery().processInstanceBusinessKey(number).tenantIdIn(municipalityCode)
                    .taskDefinitionKey(step).singleResult();
            if (task != null) {
                tasks.complete(task.getId(), Map.of("caseOfficer", caseOfficer, "reviewOutcome", "APPROVED",
                        "approvalOutcome", "APPROVED"));
            }
        }
        boardMatters.recordBoardOutcome(matterId, BoardOutcome.DECIDED, null, false);
        boardMatters.recordMinutesApproved(matterId);
        boardMatters.runPendingSteps(matterId);
    }
}
