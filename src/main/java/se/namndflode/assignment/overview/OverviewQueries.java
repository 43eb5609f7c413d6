package se.namndflode.assignment.overview;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import se.namndflode.assignment.overview.OverviewFilter.ItemType;

/**
 * The overview's SQL: the assignments (their own table) and the open matters (the view {@code overview_matter} of
 * V54) that are overdue or at risk, as one list of three branches joined by UNION ALL, each answered by an index
 * that starts with the municipality (see V42, V54 and docs/performance.md):
 * <ol>
 * <li>assignments not completed that are overdue, deviating or reminded ({@code ix_assignment_overdue},
 * {@code ix_assignment_latest_status}, {@code ix_assignment_reminded});</li>
 * <li>open matters whose answer date is on or before the horizon ({@code ix_matter_progress_open_due});</li>
 * <li>open matters whose tjänsteutlåtande waits for review and whose answer date is later or none, found from
 * the tjänsteutlåtanden by their status ({@code ix_staff_report_status}, a semi-join, so that PostgreSQL starts
 * there).</li>
 * </ol>
 * Each row carries its item's version (the assignment's, the registry matter's: their @Version), which the
 * reassign forms send back so that a change made meanwhile is refused rather than overwritten (V90), and for a
 * matter whose tjänsteutlåtande waits for review the step it waits in (V110): the director's approval when the
 * matter's open task is {@code ApproveForBoard}, else the manager's review.
 * The branches never overlap, so a count over the union counts each item once. Paged in SQL; the filter's values
 * are bound parameters, never text in the query.
 */
@Repository
class OverviewQueries {

    private static final String ITEM_COLUMNS = "item_type, item_id, reference, title, public_title, confidential, "
            + "board_id, board_name, unit_name, responsible, responsible_name, due, state, awaiting_review, "
            + "municipality_code, item_version, review_step";

    private final NamedParameterJdbcTemplate jdbc;

    OverviewQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The items of the filter, the earliest date first (matters without one last), from {@code offset}. */
    List<OverviewItem> items(Collection<String> municipalities, OverviewFilter filter, LocalDate today, int offset,
            int limit) {
        MapSqlParameterSource parameters = parameters(municipalities, filter, today);
        String union = union(filter, parameters);
        if (union == null) {
            return List.of();
        }
        parameters.addValue("limit", limit).addValue("offset", offset);
        return jdbc.query("select " + ITEM_COLUMNS + " from (" + union + ") items "
                + "order by case when due is null then 1 else 0 end, due, item_type, item_id "
                + "limit :limit offset :offset", parameters, OverviewQueries::item);
    }

    /** How many items the filter holds. */
    long count(Collection<String> municipalities, OverviewFilter filter, LocalDate today) {
        MapSqlParameterSource parameters = parameters(municipalities, filter, today);
        String union = union(filter, parameters);
        return union == null ? 0 : jdbc.queryForObject("select count(*) from (" + union + ") items", parameters,
                Long.class);
    }

    /** A row per (type, state, review, board, unit, person) with its number of items: what the counts add up. */
    record Tally(ItemType type, OverviewState state, boolean awaitingReview, Long boardId, String boardName,
            Long unitId, String unitName, String responsible, String responsibleName, long count) {
    }

    List<Tally> tallies(Collection<String> municipalities, OverviewFilter filter, LocalDate today) {
        MapSqlParameterSource parameters = parameters(municipalities, filter, today);
        String union = union(filter, parameters);
        if (union == null) {
            return List.of();
        }
        return jdbc.query("select item_type, state, awaiting_review, board_id, board_name, unit_id, unit_name, "
                + "responsible, responsible_name, count(*) as items from (" + union + ") items "
                + "group by item_type, state, awaiting_review, board_id, board_name, unit_id, unit_name, responsible, "
                + "responsible_name", parameters, (row, number) -> new Tally(
                        ItemType.valueOf(row.getString("item_type")), OverviewState.valueOf(row.getString("state")),
                        row.getInt("awaiting_review") == 1, row.getLong("board_id"), row.getString("board_name"),
                        (Long) row.getObject("unit_id", Long.class), row.getString("unit_name"),
                        row.getString("responsible"), row.getString("responsible_name"), row.getLong("items")));
    }

    private static MapSqlParameterSource parameters(Collection<String> municipalities, OverviewFilter filter,
            LocalDate today) {
        return new MapSqlParameterSource()
                .addValue("municipalities", municipalities)
                .addValue("today", today)
                .addValue("horizon", today.plusDays(filter.daysOrDefault()))
                .addValue("boardId", filter.boardId())
                .addValue("unitId", filter.unitId())
                .addValue("responsible", filter.responsible());
    }

    /** The branches the filter asks for, or null when none can hold an item. */
    private static String union(OverviewFilter filter, MapSqlParameterSource parameters) {
        List<String> branches = new ArrayList<>();
        OverviewState state = filter.state();
        if (filter.includes(ItemType.ASSIGNMENT) && state != OverviewState.REVIEW) {
            branches.add(assignments(filter));
        }
        if (filter.includes(ItemType.MATTER)) {
            branches.add(mattersByAnswerDate(filter));
            if (state == null || state == OverviewState.REVIEW) {
                branches.add(mattersInReview(filter));
            }
        }
        return branches.isEmpty() ? null : String.join(" union all ", branches);
    }

    private static String assignments(OverviewFilter filter) {
        StringBuilder sql = new StringBuilder("select 'ASSIGNMENT' as item_type, a.id as item_id, "
                + "a.reference as reference, a.text as title, cast(null as varchar(500)) as public_title, "
                + "false as confidential, a.board_id as board_id, b.name as board_name, "
                + "b.administration_id as unit_id, ad.name as unit_name, a.responsible as responsible, "
                + "a.responsible_name as responsible_name, a.end_date as due, "
                + "case when a.overdue_since is not null then 'OVERDUE' else 'AT_RISK' end as state, "
                + "0 as awaiting_review, a.municipality_code as municipality_code, "
                + "a.version as item_version, cast(null as varchar(20)) as review_step "
                + "from assignment a join board b on b.id = a.board_id "
                + "left join administration ad on ad.id = b.administration_id "
                + "where a.municipality_code in (:municipalities) and a.phase <> 'COMPLETED'");
        if (filter.state() == OverviewState.OVERDUE) {
            sql.append(" and a.overdue_since is not null");
        } else if (filter.state() == OverviewState.AT_RISK) {
            sql.append(" and a.overdue_since is null and (a.latest_status = 'DEVIATION' or a.reminded_at is not null)");
        } else {
            sql.append(" and (a.overdue_since is not null or a.latest_status = 'DEVIATION' "
                    + "or a.reminded_at is not null)");
        }
        if (filter.boardId() != null) {
            sql.append(" and a.board_id = :boardId");
        }
        if (filter.unitId() != null) {
            sql.append(" and b.administration_id = :unitId");
        }
        if (filter.responsible() != null) {
            sql.append(" and a.responsible = :responsible");
        }
        return sql.toString();
    }

    private static final String MATTER_COLUMNS = "'MATTER' as item_type, v.matter_id as item_id, "
            + "v.registry_number as reference, v.title as title, v.public_title as public_title, "
            + "v.confidential as confidential, v.board_id as board_id, v.board_name as board_name, "
            + "v.unit_id as unit_id, v.unit_name as unit_name, v.case_officer as responsible, "
            + "v.case_officer_name as responsible_name, v.answer_due as due, ";

    /** The step a tjänsteutlåtande sent for review waits in ({@link ReviewStep}), for a row that waits for review. */
    private static final String REVIEW_STEP = "case when v.review_task = 'ApproveForBoard' then 'APPROVAL' "
            + "else 'REVIEW' end";

    private static final String OPEN_MATTERS = " from overview_matter v where v.municipality_code in "
            + "(:municipalities) and v.closed_at is null and v.written_off_at is null and v.dispatched_at is null";

    private static String mattersByAnswerDate(OverviewFilter filter) {
        StringBuilder sql = new StringBuilder("select " + MATTER_COLUMNS
                + "case when v.answer_due < :today then 'OVERDUE' else 'AT_RISK' end as state, "
                + "case when v.review_status = 'SUBMITTED' then 1 else 0 end as awaiting_review, "
                + "v.municipality_code as municipality_code, v.matter_version as item_version, "
                + "case when v.review_status = 'SUBMITTED' then " + REVIEW_STEP + " end as review_step"
                + OPEN_MATTERS);
        if (filter.state() == OverviewState.OVERDUE) {
            sql.append(" and v.answer_due < :today");
        } else if (filter.state() == OverviewState.AT_RISK) {
            sql.append(" and v.answer_due >= :today and v.answer_due <= :horizon");
        } else {
            sql.append(" and v.answer_due <= :horizon");
        }
        if (filter.state() == OverviewState.REVIEW) {
            sql.append(" and v.review_status = 'SUBMITTED'");
        }
        return matterFilters(sql, filter);
    }

    private static String mattersInReview(OverviewFilter filter) {
        StringBuilder sql = new StringBuilder("select " + MATTER_COLUMNS + "'REVIEW' as state, 1 as awaiting_review, "
                + "v.municipality_code as municipality_code, v.matter_version as item_version, "
                + REVIEW_STEP + " as review_step" + OPEN_MATTERS
                + " and v.matter_id in (select r.matter_id from staff_report r where r.status = 'SUBMITTED')"
                + " and (v.answer_due is null or v.answer_due > :horizon)");
        return matterFilters(sql, filter);
    }

    private static String matterFilters(StringBuilder sql, OverviewFilter filter) {
        if (filter.boardId() != null) {
            sql.append(" and v.board_id = :boardId");
        }
        if (filter.unitId() != null) {
            sql.append(" and v.unit_id = :unitId");
        }
        if (filter.responsible() != null) {
            sql.append(" and v.case_officer = :responsible");
        }
        return sql.toString();
    }

    private static OverviewItem item(ResultSet row, int number) throws SQLException {
        return new OverviewItem(ItemType.valueOf(row.getString("item_type")), row.getLong("item_id"),
                row.getString("reference"), row.getString("title"), row.getString("public_title"),
                row.getBoolean("confidential"), row.getLong("board_id"), row.getString("board_name"),
                row.getString("unit_name"), row.getString("responsible"), row.getString("responsible_name"),
                row.getObject("due", LocalDate.class), OverviewState.valueOf(row.getString("state")),
                row.getInt("awaiting_review") == 1, row.getString("municipality_code"),
                row.getLong("item_version"),
                row.getString("review_step") == null ? null : ReviewStep.valueOf(row.getString("review_step")));
    }
}
