package se.namndflode.tasks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import se.namndflode.shared.time.WorkingDayCalendar;

/**
 * The task read model's table ({@code task_item}, {@code task_item_role}) in plain SQL: written by {@link TaskModel},
 * read by the lists with every filter, the visibility of confidential matters, the order and the page in the
 * database. The same SQL runs on H2 and PostgreSQL.
 */
@Repository
class TaskItems {

    /** The scope of a list: the user's own tasks, or the free tasks of one of their roles. */
    enum Scope { MINE, GROUP }

    /**
     * Who asks: their municipalities (never empty), user name, account id, roles (as candidate groups), and whether
     * they are entitled by role to confidential matters.
     */
    record Viewer(Collection<String> municipalities, String username, long accountId, Collection<String> roles,
            boolean seesConfidential) {
    }

    /**
     * A listed row as the viewer may see it: of a confidential matter they are not entitled to ({@code restricted})
     * the title is the public title (or null) and the due day and flags are left out, in SQL.
     */
    record Listed(String taskId, String taskKey, String taskName, String nameKey, String kindKey, String assignee,
            String subjectType, Long subjectId, String municipalityCode, String reference, String urlNumber,
            String title, String link, Long boardId, String boardName, String matterKind, OffsetDateTime created,
            LocalDate due, boolean overdue, boolean reminded, boolean lateMeeting, boolean restricted) {
    }

    private static final String COLUMNS = """
            task_id, process_instance_id, task_key, task_name, name_key, kind_key, municipality_code, subject_type,
            subject_id, reference, number_prefix, number_year, number_serial, url_number, title, public_title, link,
            board_id, board_name, matter_kind, confidential, case_officer_id, assignee, task_due_on, candidate_roles,
            created_at, due_on, overdue, overdue_by_date, reminded, late_meeting""";

    /**
     * A confidential matter the viewer is not entitled to: not by role, not its case officer, not on its access list
     * (the registry's rule, {@code MatterRepository.ENTITLED}).
     */
    private static final String RESTRICTED = """
            (t.confidential = true and :seesConfidential = false
             and (t.case_officer_id is null or t.case_officer_id <> :accountId)
             and not exists (select 1 from matter_access a where a.matter_id = t.subject_id
                             and a.account_id = :accountId))""";

    private final NamedParameterJdbcTemplate jdbc;

    TaskItems(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // --- Writing -------------------------------------------------------------------------------------------

    void insert(TaskItem item) {
        jdbc.update("insert into task_item (" + COLUMNS + ") values (:taskId, :processInstanceId, :taskKey, "
                + ":taskName, :nameKey, :kindKey, :municipality, :subjectType, :subjectId, :reference, :prefix, "
                + ":year, :serial, :urlNumber, :title, :publicTitle, :link, :boardId, :boardName, :matterKind, "
                + ":confidential, :caseOfficerId, :assignee, :taskDue, :roles, :created, :due, :overdue, "
                + ":overdueByDate, :reminded, :lateMeeting)", engine(item).addValues(subject(item.subject())
                .getValues()).addValue("processInstanceId", item.processInstanceId())
                .addValue("municipality", item.municipalityCode())
                .addValue("created", timestamp(item.created())));
        insertRoles(item.taskId(), item.roles());
    }

    /** Rewrites the engine's part of a task's row; false when there is no row. */
    boolean updateEngine(TaskItem item) {
        int updated = jdbc.update("update task_item set task_name = :taskName, assignee = :assignee, "
                + "task_due_on = :taskDue, candidate_roles = :roles where task_id = :taskId", engine(item));
        if (updated == 0) {
            return false;
        }
        jdbc.update("delete from task_item_role where task_id = :taskId", Map.of("taskId", item.taskId()));
        insertRoles(item.taskId(), item.roles());
        return true;
    }

    /** Rewrites the subject's part of one task's row. */
    void updateSubject(String taskId, TaskItem.Subject subject) {
        jdbc.update("update task_item set name_key = :nameKey, kind_key = :kindKey, reference = :reference, "
                + "number_prefix = :prefix, number_year = :year, number_serial = :serial, url_number = :urlNumber, "
                + "title = :title, public_title = :publicTitle, link = :link, board_id = :boardId, "
                + "board_name = :boardName, matter_kind = :matterKind, confidential = :confidential, "
                + "case_officer_id = :caseOfficerId, due_on = :due, overdue = :overdue, "
                + "overdue_by_date = :overdueByDate, reminded = :reminded, late_meeting = :lateMeeting "
                + "where task_id = :taskId", subject(subject).addValue("taskId", taskId));
    }

    void delete(String taskId) {
        jdbc.update("delete from task_item_role where task_id = :taskId", Map.of("taskId", taskId));
        jdbc.update("delete from task_item where task_id = :taskId", Map.of("taskId", taskId));
    }

    void deleteAll() {
        jdbc.update("delete from task_item_role", Map.of());
        jdbc.update("delete from task_item", Map.of());
    }

    long count() {
        Long count = jdbc.queryForObject("select count(*) from task_item", Map.of(), Long.class);
        return count == null ? 0 : count;
    }

    /** The open tasks of a subject with their engine's part: task id, task key and the task's own due day. */
    record OfSubject(String taskId, String taskKey, LocalDate taskDue, String kindKey) {
    }

    List<OfSubject> ofSubject(String type, Long id) {
        return jdbc.query("select task_id, task_key, task_due_on, kind_key from task_item where subject_id = :id "
                + "and subject_type = :type", Map.of("id", id, "type", type), (rs, row) -> new OfSubject(
                rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4)));
    }

    /** Every row as the engine's and the subject's parts (for comparing the model with a rebuild of it). */
    List<Map<String, Object>> all() {
        List<Map<String, Object>> rows = jdbc.queryForList("select " + COLUMNS + " from task_item order by task_id",
                Map.of());
        Map<String, Set<String>> roles = new HashMap<>();
        jdbc.query("select task_id, role from task_item_role", Map.of(), (ResultSet rs) -> {
            roles.computeIfAbsent(rs.getString(1), id -> new TreeSet<>()).add(rs.getString(2));
        });
        rows.forEach(row -> row.put("ROLES", roles.getOrDefault((String) row.get("TASK_ID"), Set.of())));
        return rows;
    }

    private void insertRoles(String taskId, Set<String> roles) {
        for (String role : roles) {
            jdbc.update("insert into task_item_role (task_id, role) values (:taskId, :role)",
                    Map.of("taskId", taskId, "role", role));
        }
    }

    private static MapSqlParameterSource engine(TaskItem item) {
        return new MapSqlParameterSource().addValue("taskId", item.taskId()).addValue("taskKey", item.taskKey())
                .addValue("taskName", item.taskName()).addValue("assignee", item.assignee())
                .addValue("taskDue", item.taskDue())
                .addValue("roles", item.roles().isEmpty() ? null : String.join(",", new TreeSet<>(item.roles())));
    }

    private static MapSqlParameterSource subject(TaskItem.Subject subject) {
        return new MapSqlParameterSource().addValue("subjectType", subject.type())
                .addValue("subjectId", subject.id()).addValue("nameKey", subject.nameKey())
                .addValue("kindKey", subject.kindKey()).addValue("reference", subject.reference())
                .addValue("prefix", subject.numberPrefix()).addValue("year", subject.numberYear())
                .addValue("serial", subject.numberSerial()).addValue("urlNumber", subject.urlNumber())
                .addValue("title", subject.title()).addValue("publicTitle", subject.publicTitle())
                .addValue("link", subject.link()).addValue("boardId", subject.boardId())
                .addValue("boardName", subject.boardName()).addValue("matterKind", subject.matterKind())
                .addValue("confidential", subject.confidential()).addValue("caseOfficerId", subject.caseOfficerId())
                .addValue("due", subject.due()).addValue("overdue", subject.overdue())
                .addValue("overdueByDate", subject.overdueByDate()).addValue("reminded", subject.reminded())
                .addValue("lateMeeting", subject.lateMeeting());
    }

    private static Timestamp timestamp(OffsetDateTime at) {
        return at == null ? null : Timestamp.from(at.toInstant());
    }

    // --- Reading -------------------------------------------------------------------------------------------

    /**
     * One page of a list and the total: the viewer's municipalities, the scope (their own tasks, or the free ones
     * of their roles or of {@code filter.role()}), the filter, the order and the page, all in SQL.
     */
    ListPage list(Viewer viewer, Scope scope, TaskFilter filter, LocalDate today, int page, int size) {
        ListSql query = sql(viewer, scope, filter, today, page, size);
        if (query == null) {
            return new ListPage(List.of(), 0);
        }
        Long total = jdbc.queryForObject(query.count(), query.params(), Long.class);
        if (total == null || total == 0) {
            return new ListPage(List.of(), 0);
        }
        List<Listed> rows = jdbc.query(query.page(), query.params(), (rs, row) -> listed(rs, today));
        return new ListPage(rows, total);
    }

    /** A list's two statements (its count and its page) with their parameters, e.g. for EXPLAIN in the benchmark. */
    record ListSql(String count, String page, MapSqlParameterSource params) {
    }

    /** The list's statements; null when the scope is empty (a role filter the user does not have). */
    ListSql sql(Viewer viewer, Scope scope, TaskFilter filter, LocalDate today, int page, int size) {
        MapSqlParameterSource params = viewerParams(viewer).addValue("today", today);
        StringBuilder where = new StringBuilder(" where t.municipality_code in (:municipalities)");
        if (scope == Scope.MINE) {
            where.append(" and t.assignee = :username");
        } else {
            List<String> roles = new ArrayList<>(viewer.roles());
            if (filter.role() != null) {
                roles.retainAll(List.of(filter.role().name()));
            }
            if (roles.isEmpty()) {
                return null;
            }
            params.addValue("roles", roles);
            where.append(" and t.assignee is null and exists (select 1 from task_item_role r"
                    + " where r.task_id = t.task_id and r.role in (:roles))");
        }
        if (filter.boardId() != null) {
            where.append(" and t.board_id = :boardId");
            params.addValue("boardId", filter.boardId());
        }
        if (filter.kind() != null) {
            where.append(" and t.matter_kind = :kind");
            params.addValue("kind", filter.kind().name());
        }
        String inner = "select t.*, case when " + RESTRICTED + " then true else false end as restricted"
                + " from task_item t" + where;
        String due = switch (filter.dueOrAll()) {
            case ALL -> "";
            case OVERDUE -> " where x.restricted = false and (x.overdue = true"
                    + " or (x.overdue_by_date = true and x.due_on < :today))";
            case WITHIN_7_DAYS -> " where x.restricted = false and x.due_on >= :today and x.due_on <= :weekAhead";
        };
        params.addValue("weekAhead", today.plusDays(7));
        String order = switch (filter.sortOrDefault()) {
            case DUE -> " order by case when x.restricted then null else x.due_on end nulls last,"
                    + " x.created_at, x.task_id";
            case NUMBER -> " order by x.number_prefix nulls last, x.number_year, x.number_serial,"
                    + " x.reference nulls last, x.task_id";
            case CREATED -> " order by x.created_at nulls last, x.task_id";
        };
        params.addValue("limit", size).addValue("offset", (long) page * size);
        // The count stops at COUNT_CAP + 1 (a city's managers may have thousands of free tasks).
        params.addValue("countCap", TaskList.COUNT_CAP + 1);
        return new ListSql("select count(*) from (select x.task_id from (" + inner + ") x" + due
                + " limit :countCap) c",
                "select x.* from (" + inner + ") x" + due + order + " limit :limit offset :offset", params);
    }

    /** A page of listed rows and the number of all rows of the list (at most {@code TaskList.COUNT_CAP + 1}). */
    record ListPage(List<Listed> rows, long total) {
    }

    /** The count of a list, without rows (the start pages' counts: the same query as the list's). */
    long count(Viewer viewer, Scope scope, LocalDate today) {
        return list(viewer, scope, TaskFilter.NONE, today, 0, 1).total();
    }

    /** One task's row as the viewer may see it, if it is of one of their municipalities. */
    Optional<Listed> find(Viewer viewer, String taskId, LocalDate today) {
        return jdbc.query("select t.*, case when " + RESTRICTED + " then true else false end as restricted"
                        + " from task_item t where t.task_id = :taskId and t.municipality_code in (:municipalities)",
                viewerParams(viewer).addValue("taskId", taskId), (rs, row) -> listed(rs, today))
                .stream().findFirst();
    }

    private static MapSqlParameterSource viewerParams(Viewer viewer) {
        return new MapSqlParameterSource().addValue("municipalities", viewer.municipalities())
                .addValue("username", viewer.username()).addValue("accountId", viewer.accountId())
                .addValue("seesConfidential", viewer.seesConfidential());
    }

    private static Listed listed(ResultSet rs, LocalDate today) throws SQLException {
        boolean restricted = rs.getBoolean("restricted");
        LocalDate due = restricted ? null : rs.getObject("due_on", LocalDate.class);
        boolean overdue = !restricted && (rs.getBoolean("overdue")
                || rs.getBoolean("overdue_by_date") && due != null && due.isBefore(today));
        Timestamp created = rs.getTimestamp("created_at");
        long subjectId = rs.getLong("subject_id");
        long boardId = rs.getLong("board_id");
        Long board = rs.wasNull() ? null : boardId;
        return new Listed(rs.getString("task_id"), rs.getString("task_key"), rs.getString("task_name"),
                rs.getString("name_key"), rs.getString("kind_key"), rs.getString("assignee"),
                rs.getString("subject_type"), subjectId, rs.getString("municipality_code"),
                rs.getString("reference"), rs.getString("url_number"),
                restricted ? rs.getString("public_title") : rs.getString("title"), rs.getString("link"), board,
                rs.getString("board_name"), rs.getString("matter_kind"),
                created == null ? null : created.toInstant().atZone(WorkingDayCalendar.STOCKHOLM).toOffsetDateTime(),
                due, overdue, !restricted && rs.getBoolean("reminded"), !restricted && rs.getBoolean("late_meeting"),
                restricted);
    }
}
