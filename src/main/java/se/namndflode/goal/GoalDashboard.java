package se.namndflode.goal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of the follow-up dashboard, counted and read by SQL (never by loading entities): per board, plan
 * year, goal level and reporting period how many goals have which rating (the official's, else the current
 * proposal), the goals themselves for the drill-down, and each indicator's outcomes over periods and years
 * against its targets. Callers check the municipality ({@link Goals#checkAccess}) and the board first.
 */
@Service
@Transactional(readOnly = true)
class GoalDashboard {

    /** The current proposal of a goal in a period: the latest (see {@link RatingProposalRepository}). */
    private static final String CURRENT_PROPOSAL = """
            left join rating_proposal rp on rp.subject_type = 'GOAL' and rp.subject_id = g.id and rp.period_id = p.id
              and not exists (select 1 from rating_proposal q where q.subject_type = 'GOAL'
                  and q.subject_id = rp.subject_id and q.period_id = rp.period_id
                  and (q.created_at > rp.created_at or (q.created_at = rp.created_at and q.id > rp.id)))
            """;

    /** The rating counts of a board's plan year; parameters: municipality, plan year, board. */
    static final String RATINGS_SQL = """
            select l.depth, l.name as level_name, p.code as period_code, p.name as period_name,
                   coalesce(a.rating, rp.rating) as rating, case when a.id is null then 0 else 1 end as decided,
                   count(*) as goals, p.as_of_month, p.as_of_day
            from goal g
            join goal_level l on l.id = g.level_id
            join reporting_period p on p.municipality_code = g.municipality_code
            left join assessment a on a.goal_id = g.id and a.period_id = p.id
            """ + CURRENT_PROPOSAL + """
            where g.municipality_code = ? and g.plan_year = ? and g.board_id = ?
            group by l.depth, l.name, p.code, p.name, p.as_of_month, p.as_of_day, coalesce(a.rating, rp.rating),
                     case when a.id is null then 0 else 1 end
            order by p.as_of_month, p.as_of_day, l.depth, rating""";

    /** The indicators' outcomes over plan years; parameters: municipality, board, first year, last year. */
    static final String TRENDS_SQL = """
            select i.code, i.name, i.unit, i.plan_year, g.goal_number, i.target_kind, i.target_lower,
                   i.target_upper, p.code as period_code, p.name as period_name, o.outcome_value
            from indicator i
            join goal g on g.id = i.goal_id
            left join outcome o on o.indicator_id = i.id and o.outcome_value is not null
            left join reporting_period p on p.id = o.period_id
            where g.municipality_code = ? and g.board_id = ? and g.plan_year between ? and ?
            order by i.code, i.plan_year, p.as_of_month, p.as_of_day""";

    private final JdbcTemplate jdbc;

    GoalDashboard(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One cell of the ratings overview.
     *
     * @param rating the rating code, null for goals neither assessed nor proposed
     * @param decided the officials' assessments (true) or the rules' proposals of goals not yet assessed (false)
     * @param goals how many goals
     */
    record RatingCount(int depth, String levelName, String periodCode, String periodName, String rating,
            boolean decided, long goals) {
    }

    /** The rating counts of a board's plan year, by period (in the year's order), level, rating. */
    List<RatingCount> ratings(String municipalityCode, Long boardId, int planYear) {
        return jdbc.query(RATINGS_SQL,
                (rs, i) -> new RatingCount(rs.getInt("depth"), rs.getString("level_name"),
                        rs.getString("period_code"), rs.getString("period_name"), rs.getString("rating"),
                        rs.getInt("decided") == 1, rs.getLong("goals")),
                municipalityCode, planYear, boardId);
    }

    /** A goal in the drill-down list, with its rating in the period (the official's, else the proposal). */
    record GoalLine(Long id, String number, int depth, String levelName, String title, String rating,
            boolean decided) {
    }

    List<GoalLine> goals(String municipalityCode, Long boardId, int planYear, ReportingPeriod period) {
        List<GoalLine> lines = jdbc.query("""
                select g.id, g.goal_number, l.depth, l.name as level_name, g.title,
                       coalesce(a.rating, rp.rating) as rating, case when a.id is null then 0 else 1 end as decided
                from goal g
                join goal_level l on l.id = g.level_id
                join reporting_period p on p.id = ?
                left join assessment a on a.goal_id = g.id and a.period_id = p.id
                """ + CURRENT_PROPOSAL + """
                where g.municipality_code = ? and g.plan_year = ? and g.board_id = ?""",
                (rs, i) -> new GoalLine(rs.getLong("id"), rs.getString("goal_number"), rs.getInt("depth"),
                        rs.getString("level_name"), rs.getString("title"), rs.getString("rating"),
                        rs.getInt("decided") == 1),
                period.getId(), municipalityCode, planYear, boardId);
        List<GoalLine> sorted = new ArrayList<>(lines);
        sorted.sort(java.util.Comparator.comparing(line -> GoalNumbers.sortKey(line.number())));
        return sorted;
    }

    /** An outcome of an indicator at a reporting point ("Tertial 1 2025"), with that year's target. */
    record TrendPoint(int year, String periodCode, String periodName, BigDecimal value, BigDecimal targetLower,
            BigDecimal targetUpper) {

        String label() {
            return periodName + " " + year;
        }
    }

    /** An indicator (by code) over the years: its latest name, unit and goal, the kind of target, the points. */
    record Trend(String code, String name, String unit, String goalNumber, TargetKind targetKind,
            List<TrendPoint> points) {
    }

    /**
     * The outcomes of a board's indicators over plan years {@code fromYear}..{@code toYear}, in time order; an
     * indicator is followed across years by its code.
     */
    List<Trend> trends(String municipalityCode, Long boardId, int fromYear, int toYear) {
        Map<String, Trend> byCode = new LinkedHashMap<>();
        jdbc.query(TRENDS_SQL, rs -> {
                    String code = rs.getString("code");
                    Trend trend = new Trend(code, rs.getString("name"), rs.getString("unit"),
                            rs.getString("goal_number"), TargetKind.valueOf(rs.getString("target_kind")),
                            byCode.containsKey(code) ? byCode.get(code).points() : new ArrayList<>());
                    byCode.put(code, trend); // the latest year's name, unit and target kind win
                    if (rs.getString("period_code") != null) {
                        trend.points().add(new TrendPoint(rs.getInt("plan_year"), rs.getString("period_code"),
                                rs.getString("period_name"), rs.getBigDecimal("outcome_value"),
                                rs.getBigDecimal("target_lower"), rs.getBigDecimal("target_upper")));
                    }
                }, municipalityCode, boardId, fromYear, toYear);
        return List.copyOf(byCode.values());
    }

    /** The boards of a municipality that have goals in a plan year (ids of the organisation module). */
    List<Long> boardsWithGoals(String municipalityCode, int planYear) {
        return jdbc.queryForList("""
                select distinct board_id from goal where municipality_code = ? and plan_year = ?
                  and board_id is not null order by board_id""", Long.class, municipalityCode, planYear);
    }
}
