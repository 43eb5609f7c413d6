package se.namndflode.registry;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import se.namndflode.shared.db.DatabaseKind;

/**
 * The matter list and search in one SQL statement each for the page and the count: the register of the user's
 * municipalities with the filters, the order and the page in the database, and the entitlement to confidential
 * matters decided in the same statement (the rule of {@link MatterRepository#ENTITLED}). Where the matter's work
 * stands is read from two read models published for this: the task lists' {@code task_item} (the step a matter
 * waits in: its open task) and the board-matter process's {@code matter_progress} (answer date, reminder, overdue);
 * see docs/decisions.md. The free text is matched as a LIKE pattern on the matters' normalised search texts
 * ({@link MatterSearchIndex}) and the diarienummer by its columns, the same SQL on H2 and PostgreSQL; on PostgreSQL
 * with {@code pg_trgm} trigram indexes serve the patterns (migration V92).
 */
@Repository
class MatterListQuery {

    /** A row of a page: the matter's id and what the list shows beside its entry. */
    record Hit(Long id, boolean restricted, String step, String caseOfficer, LocalDate answerDue, boolean overdue,
            boolean atRisk) {
    }

    record Found(List<Hit> hits, long total) {
    }

    private static final String RESTRICTED = """
            (m.confidential = true and :privileged = false
             and (m.case_officer_id is null or m.case_officer_id <> :accountId)
             and not exists (select 1 from matter_access a where a.matter_id = m.id and a.account_id = :accountId))""";

    /** The step a matter waits in: its open task of the task read model (one at a time in the board-matter process). */
    private static final String STEP = "(select min(s.task_key) from task_item s where s.subject_id = m.id"
            + " and s.subject_type = 'Matter')";

    private final NamedParameterJdbcTemplate jdbc;
    private final DatabaseKind database;

    MatterListQuery(NamedParameterJdbcTemplate jdbc, DatabaseKind database) {
        this.jdbc = jdbc;
        this.database = database;
    }

    /** In the caller's transaction ({@link Registry#list} is read-only transactional). */
    Found find(MatterSearch search, SearchText text, Collection<String> municipalities, boolean privileged,
            long accountId, LocalDate today, int page, int size) {
        ListSql query = sql(search, text, municipalities, privileged, accountId, page, size);
        if (text.pattern() != null && database.postgres()) {
            // A search's statements are planned for its pattern each time. After five executions of a prepared
            // statement PostgreSQL may switch to one generic plan for every pattern, and no plan suits both a
            // common word (read newest first until the page is full) and a rare one (the trigram indexes): with
            // generic plans a rare word's search read the whole register, 50-70 ms instead of 19 at 100 000
            // matters (bench/task-lists.sh without ANALYZE, docs/performance.md). LOCAL: this transaction only.
            jdbc.getJdbcTemplate().execute("set local plan_cache_mode = force_custom_plan");
        }
        Long total = jdbc.queryForObject(query.count(), query.params(), Long.class);
        if (total == null || total == 0) {
            return new Found(List.of(), 0);
        }
        List<Hit> hits = jdbc.query(query.page(), query.params(), (rs, n) -> {
            boolean hidden = rs.getBoolean("restricted");
            LocalDate due = rs.getObject("due", LocalDate.class);
            boolean open = MatterStatus.OPEN.name().equals(rs.getString("status"));
            boolean overdue = !hidden && open && rs.getObject("overdue_since") != null;
            boolean atRisk = !hidden && open && !overdue && (rs.getObject("reminded_at") != null
                    || due != null && !due.isAfter(today.plusDays(MatterListing.AT_RISK_DAYS)));
            return new Hit(rs.getLong("id"), hidden, rs.getString("step"), rs.getString("officer"), due, overdue,
                    atRisk);
        });
        return new Found(hits, total);
    }

    /** The list's two statements (count and page) with their parameters, e.g. for EXPLAIN in the benchmark. */
    record ListSql(String count, String page, MapSqlParameterSource params) {
    }

    /** The statements of a search as the user asks it ({@code text} read from {@code search.text()}). */
    ListSql sql(MatterSearch search, Collection<String> municipalities, boolean privileged, long accountId,
            int page, int size) {
        return sql(search, SearchText.of(search.text()), municipalities, privileged, accountId, page, size);
    }

    private ListSql sql(MatterSearch search, SearchText text, Collection<String> municipalities, boolean privileged,
            long accountId, int page, int size) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("municipalities", municipalities)
                .addValue("privileged", privileged).addValue("accountId", accountId);
        // The municipalities' ids, so that the default order (newest first) reads one index of a municipality.
        params.addValue("municipalityIds", jdbc.queryForList("select id from municipality where code in"
                + " (:municipalities)", params, Long.class));
        StringBuilder from = new StringBuilder(" from matter m left join matter_progress p on p.matter_id = m.id");
        StringBuilder where = new StringBuilder(" where m.municipality_id in (:municipalityIds)");
        if (text.pattern() != null) {
            // One LIKE per search text (MatterSearchIndex), the confidential one only where the user is entitled, so
            // that a search cannot tell what a confidential matter concerns; the number by its columns. On
            // PostgreSQL the planner reads a common word's hits from the newest-first index until the page is
            // full, and a rare word's from the trigram indexes (a bitmap of both texts' and the number's).
            params.addValue("pattern", text.pattern());
            where.append(" and (");
            if (text.year() != null) {
                where.append("(m.registry_year = :year and m.serial = :serial")
                        .append(text.prefix() == null ? "" : " and m.registry_prefix = :prefix").append(") or ");
                params.addValue("year", text.year()).addValue("serial", text.serial())
                        .addValue("prefix", text.prefix());
            }
            where.append("m.search_text like :pattern escape '!' or (m.search_text_confidential like :pattern"
                    + " escape '!' and not ").append(RESTRICTED).append("))");
        }
        if (search.boardId() != null) {
            where.append(" and m.board_id = :boardId");
            params.addValue("boardId", search.boardId());
        }
        if (search.kind() != null) {
            where.append(" and m.kind = :kind");
            params.addValue("kind", search.kind().name());
        }
        if (search.status() != null) {
            where.append(" and m.status = :status");
            params.addValue("status", search.status().name());
        }
        if (search.mine()) {
            where.append(" and m.case_officer_id = :accountId");
        }
        // The work's filters only on what the user may see of a matter.
        if (search.step() != null && !search.step().isBlank()) {
            where.append(" and exists (select 1 from task_item s where s.subject_id = m.id"
                    + " and s.subject_type = 'Matter' and s.task_key = :step) and not ").append(RESTRICTED);
            params.addValue("step", search.step().trim());
        }
        if (search.overdue()) {
            where.append(" and m.status = 'OPEN' and p.overdue_since is not null and not ").append(RESTRICTED);
        }
        String restricted = "case when " + RESTRICTED + " then true else false end";
        String select = "select m.id, " + restricted + " as restricted,"
                + " case when " + RESTRICTED + " then null else " + STEP + " end as step,"
                + " case when " + RESTRICTED + " then null else u.display_name end as officer,"
                + " case when " + RESTRICTED + " then null else coalesce(p.answer_due, m.answer_due) end as due,"
                + " p.overdue_since, p.reminded_at, m.status";
        params.addValue("limit", size).addValue("offset", (long) page * size);
        String order = order(search);
        String joins = " join board b on b.id = m.board_id left join user_account u on u.id = m.case_officer_id";
        String sql = byMatter(search.sortOrDefault())
                // The page's matters first, by the matter's own columns; then what the page shows of those only, so
                // that thousands of hits are never joined to be sorted.
                ? select + " from (select m.id" + from + where + order + " limit :limit offset :offset) page"
                        + " join matter m on m.id = page.id left join matter_progress p on p.matter_id = m.id"
                        + joins + order
                : select + from + joins + where + order + " limit :limit offset :offset";
        // The count stops at COUNT_CAP + 1: past it the list says "more than" (a register has hundreds of thousands).
        params.addValue("countCap", MatterListing.COUNT_CAP + 1);
        return new ListSql("select count(*) from (select m.id" + from + where + " limit :countCap) c", sql, params);
    }

    /** Whether the order is by the matter's own columns (not by what is joined to it: board, step, officer, date). */
    private static boolean byMatter(MatterSearch.Sort sort) {
        return switch (sort) {
            case NUMBER, TITLE, KIND, STATUS, REGISTERED -> true;
            case BOARD, STEP, CASE_OFFICER, ANSWER_DUE -> false;
        };
    }

    /** The order of a column, ties broken by the id (newest last); what a restricted entry hides sorts as empty. */
    private static String order(MatterSearch search) {
        // The column's direction; the id breaks ties in the same direction (newest first when descending). Only
        // the columns that may be empty say where the empty go (last), so that the others can be read from an
        // index in either direction.
        String direction = search.descendingOrDefault() ? " desc" : " asc";
        String empty = direction + " nulls last";
        String column = switch (search.sortOrDefault()) {
            case NUMBER -> "m.registry_prefix" + direction + ", m.registry_year" + direction + ", m.serial"
                    + direction;
            case TITLE -> "lower(case when " + RESTRICTED + " then m.public_title else m.title end)" + empty;
            case KIND -> "m.kind" + direction;
            case BOARD -> "b.name" + direction;
            case STEP -> "step" + empty;
            case CASE_OFFICER -> "officer" + empty;
            case ANSWER_DUE -> "due" + empty;
            case STATUS -> "m.status" + direction;
            case REGISTERED -> "m.registered_at" + direction;
        };
        return " order by " + column + ", m.id" + direction;
    }
}
