package se.namndflode.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;
import se.namndflode.matter.BoardMatterProcess;
import se.namndflode.organisation.AdministrationForm;
import se.namndflode.organisation.BoardForm;
import se.namndflode.organisation.BoardKind;
import se.namndflode.organisation.OrganisationAdmin;
import se.namndflode.registry.Matter;
import se.namndflode.registry.MatterForm;
import se.namndflode.registry.MatterKind;
import se.namndflode.registry.Registry;

/**
 * What the meeting tests set up: a board of Stockholms stad with a series of its own (so that a test's meetings
 * and matters are its own on a shared database), and matters registered through the registry and brought to the
 * agenda step by completing their earlier tasks in the engine (the staff report's own flow is tested elsewhere).
 */
@TestComponent
public class MeetingFixtures {

    private final OrganisationAdmin admin;
    private final Registry registry;
    private final BoardMatterProcess process;
    private final TaskService engineTasks;
    private final JdbcTemplate jdbc;

    MeetingFixtures(OrganisationAdmin admin, Registry registry, BoardMatterProcess process, TaskService engineTasks,
            JdbcTemplate jdbc) {
        this.admin = admin;
        this.registry = registry;
        this.process = process;
        this.engineTasks = engineTasks;
        this.jdbc = jdbc;
    }

    public static String unique() {
        StringBuilder text = new StringBuilder("M");
        for (int i = 0; i < 7; i++) {
            text.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return text.toString();
    }

    public Long stockholm() {
        return jdbc.queryForObject("select id from municipality where code = 'stockholm'", Long.class);
    }

    /** A new board of Stockholms stad with a series prefix of its own. */
    public Long newBoard() {
        String prefix = unique();
        AdministrationForm administration = new AdministrationForm();
        administration.setMunicipalityId(stockholm());
        administration.setName("Mötesförvaltning " + prefix);
        administration.setRegistryPrefix(prefix);
        BoardForm board = new BoardForm();
        board.setMunicipalityId(stockholm());
        board.setKind(BoardKind.BOARD);
        board.setName("Mötesnämnd " + prefix);
        board.setAdministrationId(admin.saveAdministration(administration).getId());
        board.setMemberCount(13);
        return admin.saveBoard(board).getId();
    }

    /** Registers a matter of the board (case officer: the demo's {@code handlaggare}). */
    public Matter register(Long boardId, MatterKind kind, String title, boolean confidential) {
        return register(boardId, kind, title, confidential, null);
    }

    /** As {@link #register(Long, MatterKind, String, boolean)}, a confidential one with its offentlig rubrik. */
    public Matter register(Long boardId, MatterKind kind, String title, boolean confidential, String publicTitle) {
        MatterForm form = new MatterForm();
        form.setPublicTitle(publicTitle);
        form.setBoardId(boardId);
        form.setKind(kind);
        form.setTitle(title);
        form.setSender("Kommunstyrelsen");
        if (kind.requiresAnswerDate()) {
            form.setAnswerDue(java.time.LocalDate.now().plusMonths(6));
        }
        form.setCaseOfficerId(jdbc.queryForObject("select id from user_account where username = 'handlaggare'",
                Long.class));
        if (confidential) {
            form.setConfidential(true);
            form.setConfidentialityGround("OSL 26 kap. 1 §");
        }
        return registry.registerMatter(form);
    }

    /**
     * A matter waiting in its agenda step: a board matter with its staff report approved (tasks completed in the
     * engine), or a report item (which starts there).
     */
    public Matter awaitingAgenda(Long boardId, MatterKind kind, String title, boolean confidential) {
        return awaitingAgenda(boardId, kind, title, confidential, null);
    }

    /** As {@link #awaitingAgenda(Long, MatterKind, String, boolean)}, with the matter's offentlig rubrik. */
    public Matter awaitingAgenda(Long boardId, MatterKind kind, String title, boolean confidential,
            String publicTitle) {
        Matter matter = register(boardId, kind, title, confidential, publicTitle);
        if (!kind.isReportedOnly()) {
            complete(matter, "PrepareStaffReport", Map.of());
            complete(matter, "ReviewStaffReport", Map.of("reviewOutcome", "APPROVED"));
            complete(matter, "ApproveForBoard", Map.of("approvalOutcome", "APPROVED"));
        }
        assertThat(waitingIn(matter)).containsExactly("PlaceOnAgenda");
        return matter;
    }

    public Matter awaitingAgenda(Long boardId, String title) {
        return awaitingAgenda(boardId, MatterKind.REPORT, title, false);
    }

    /**
     * Places the matter on the meeting as the agenda step's form does: {@link Meetings#placeOnAgenda}, then the
     * task's completion.
     */
    public Paragraph place(Meetings meetings, Long meetingId, Matter matter) {
        Paragraph item = meetings.placeOnAgenda(matter.getId(), meetingId, null);
        complete(matter, "PlaceOnAgenda", Map.of());
        return item;
    }

    /**
     * Records each standard item not yet handled, as a secretary does before closing (every paragraph needs its
     * decision): the justerare by name, the rest in their standard wording (the agenda approved, information noted).
     */
    public void recordStandardItems(Meetings meetings, Long meetingId) {
        for (Paragraph item : meetings.paragraphs(meetingId)) {
            if (item.getKind() != ParagraphKind.STANDARD || item.isHandled()) {
                continue;
            }
            boolean justerare = item.getTitle().toLowerCase(java.util.Locale.ROOT).contains("juster");
            meetings.decide(meetingId, item.getId(), justerare ? ParagraphOutcome.DECIDED : ParagraphOutcome.NOTED,
                    justerare ? "Ordföranden och vice ordföranden utsågs att justera dagens protokoll." : null, null,
                    false);
        }
    }

    /** The matter's task at the activity, from the engine. */
    public Task task(Matter matter, String activity) {
        Task task = engineTasks.createTaskQuery().processInstanceId(process.progress(matter.getId()).orElseThrow()
                .getProcessInstanceId()).taskDefinitionKey(activity).singleResult();
        assertThat(task).as("task " + activity).isNotNull();
        return task;
    }

    public void complete(Matter matter, String activity, Map<String, Object> variables) {
        engineTasks.complete(task(matter, activity).getId(), variables);
    }

    /** Where the matter's main flow waits (the answer-date watch left out). */
    public List<String> waitingIn(Matter matter) {
        return process.waitingIn(matter.getId()).stream()
                .filter(activity -> !BoardMatterProcess.ANSWER_DATE_WATCH.contains(activity)).toList();
    }

    public long audits(Long meetingId, String action) {
        return jdbc.queryForObject("select count(*) from audit_event where entity_type = ? and entity_id = ? "
                + "and action = ?", Long.class, Meetings.ENTITY, meetingId.toString(), action);
    }
}
