package se.namndflode.assignment.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.namndflode.IntegrationTest;
import se.namndflode.MunicipalityFixtures.TestMunicipality;
import se.namndflode.SignedIn;
import se.namndflode.assignment.Assignment;
import se.namndflode.assignment.Status;
import se.namndflode.assignment.StatusReportForm;
import se.namndflode.assignment.overview.OverviewFilter.ItemType;
import se.namndflode.registry.Matter;
import se.namndflode.shared.security.Role;

/**
 * The overview's numbers and pages equal a direct count in the database for each filter (board, unit, responsible
 * person, state, type, days), for assignments and matters alike, within the user's municipalities only. The direct
 * counts read the base tables (assignment; matter, matter_progress, staff_report), not the overview's view. Runs on
 * H2 and, with -Ppostgres, on PostgreSQL.
 */
@IntegrationTest
class OverviewCountsTest extends OverviewTestSupport {

    @Autowired
    Overview overview;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static final LocalDate TODAY = LocalDate.of(2032, 5, 20);

    @Test
    void theNumbersEqualADirectCountForEachFilter() {
        at(LocalDate.of(2032, 1, 12));
        TestMunicipality kommun = fixtures().create("SOF");
        TestMunicipality other = fixtures().create("SOF");
        Long board = kommun.boardId();
        Long elderly = secondBoard(kommun);
        String officer = kommun.user(Role.CASE_OFFICER);
        String manager = kommun.user(Role.MANAGER);
        String secondOfficer = fixtures().account(kommun.code() + ".hand2", java.util.Set.of(Role.CASE_OFFICER),
                java.util.Set.of(kommun.id()));

        List<Assignment> made = new ArrayList<>();
        made.add(assignment(kommun, board, "A1", LocalDate.of(2032, 1, 1), LocalDate.of(2032, 3, 31), officer));
        made.add(assignment(kommun, board, "A2", LocalDate.of(2032, 1, 1), LocalDate.of(2032, 12, 31), officer));
        made.add(assignment(kommun, board, "A3", LocalDate.of(2032, 1, 1), LocalDate.of(2032, 12, 31), manager));
        made.add(assignment(kommun, elderly, "A4", LocalDate.of(2032, 1, 1), LocalDate.of(2032, 4, 10), manager));
        made.add(assignment(kommun, elderly, "A5", LocalDate.of(2032, 1, 1), LocalDate.of(2032, 5, 28), null));
        made.add(assignment(other, other.boardId(), "A1", LocalDate.of(2032, 1, 1), LocalDate.of(2032, 3, 31),
                other.user(Role.CASE_OFFICER)));

        Matter overdue = matter(kommun, board, "Remiss om hemlöshet", LocalDate.of(2032, 5, 1), officer);
        Matter soon = matter(kommun, board, "Remiss om boenden", LocalDate.of(2032, 5, 30), secondOfficer);
        Matter later = matter(kommun, board, "Remiss om äldreomsorg", LocalDate.of(2032, 9, 30), officer);
        Matter reviewLater = matter(kommun, elderly, "Remiss om hemtjänst", LocalDate.of(2032, 6, 25), officer);
        Matter reviewOverdue = matter(kommun, elderly, "Remiss om trygghet", LocalDate.of(2032, 5, 2), secondOfficer);
        Matter reviewNoDate = matter(kommun, elderly, "Verksamhetsberättelse", null, secondOfficer);
        Matter closedOverdue = matter(kommun, board, "Remiss som är besvarad", LocalDate.of(2032, 4, 1), officer);
        Matter noOfficer = matter(kommun, elderly, "Remiss utan handläggare", LocalDate.of(2032, 5, 5), null);
        matter(other, other.boardId(), "Remiss i en annan kommun", LocalDate.of(2032, 5, 1),
                other.user(Role.CASE_OFFICER));
        awaitingReview(reviewLater);
        awaitingReview(reviewOverdue);
        awaitingReview(reviewNoDate);
        jdbc.update("update matter_progress set dispatched_at = current_timestamp, closed_at = current_timestamp "
                + "where matter_id = ?", closedOverdue.getId());

        at(LocalDate.of(2032, 4, 30));
        made.forEach(this::runDueJobs);
        SignedIn.as(fixtures().user(officer), () -> assignments.reportStatus(made.get(1).getId(),
                new StatusReportForm(Status.DEVIATION, "Personalbrist.")));
        SignedIn.as(fixtures().user(manager), () -> assignments.reportStatus(made.get(2).getId(),
                new StatusReportForm(Status.ON_TRACK, null)));
        at(TODAY);
        made.forEach(this::runDueJobs);

        String code = kommun.code();
        assertThat(directAssignments(code, OverviewFilter.NONE.withState(OverviewState.OVERDUE)))
                .as("the data covers overdue assignments").isEqualTo(2);
        assertThat(directAssignments(code, OverviewFilter.NONE.withState(OverviewState.AT_RISK)))
                .as("the data covers at-risk assignments (a deviation, a reminder)").isEqualTo(2);
        assertThat(directMatters(code, OverviewFilter.NONE.withState(OverviewState.OVERDUE)))
                .as("the data covers overdue matters").isEqualTo(3);
        assertThat(directMatters(code, OverviewFilter.NONE.withState(OverviewState.REVIEW)))
                .as("the data covers matters in review").isEqualTo(3);
        assertThat(overdue.getId()).isNotEqualTo(later.getId());
        assertThat(soon).isNotNull();
        assertThat(noOfficer).isNotNull();

        List<OverviewFilter> filters = new ArrayList<>();
        for (OverviewState state : new OverviewState[] {null, OverviewState.OVERDUE, OverviewState.AT_RISK,
            OverviewState.REVIEW}) {
            for (ItemType type : new ItemType[] {null, ItemType.ASSIGNMENT, ItemType.MATTER}) {
                filters.add(new OverviewFilter(null, null, null, state, type, null));
                filters.add(new OverviewFilter(board, null, null, state, type, null));
                filters.add(new OverviewFilter(null, unitOf(elderly), null, state, type, null));
                filters.add(new OverviewFilter(null, null, officer, state, type, null));
                filters.add(new OverviewFilter(null, null, secondOfficer, state, type, 45));
                filters.add(new OverviewFilter(elderly, null, manager, state, type, 60));
            }
        }
        for (OverviewFilter filter : filters) {
            long expected = (filter.includes(ItemType.ASSIGNMENT) ? directAssignments(code, filter) : 0)
                    + (filter.includes(ItemType.MATTER) ? directMatters(code, filter) : 0);
            assertThat(as(kommun, Role.MANAGER, () -> overview.page(filter, 0).getTotalElements()))
                    .as("items of %s", filter).isEqualTo(expected);
            assertThat(as(kommun, Role.MANAGER, () -> overview.page(filter, 0, overview.counts(filter))
                    .getTotalElements())).as("items of %s, the total from the counts", filter).isEqualTo(expected);
            assertThat(as(kommun, Role.MANAGER, () -> overview.all(filter)))
                    .as("the export of %s", filter).hasSize((int) expected)
                    .allMatch(item -> item.municipalityCode().equals(code));
            if (filter.state() == null) {
                OverviewCounts counts = as(kommun, Role.DIRECTOR, () -> overview.counts(filter));
                boolean assignments = filter.includes(ItemType.ASSIGNMENT);
                boolean matters = filter.includes(ItemType.MATTER);
                assertThat(counts.assignmentsOverdue()).as("overdue assignments of %s", filter).isEqualTo(
                        assignments ? directAssignments(code, filter.withState(OverviewState.OVERDUE)) : 0);
                assertThat(counts.assignmentsAtRisk()).as("at-risk assignments of %s", filter).isEqualTo(
                        assignments ? directAssignments(code, filter.withState(OverviewState.AT_RISK)) : 0);
                assertThat(counts.mattersOverdue()).as("overdue matters of %s", filter).isEqualTo(
                        matters ? directMatters(code, filter.withState(OverviewState.OVERDUE)) : 0);
                assertThat(counts.mattersAtRisk()).as("at-risk matters of %s", filter).isEqualTo(
                        matters ? directMatters(code, filter.withState(OverviewState.AT_RISK)) : 0);
                assertThat(counts.mattersInReview()).as("matters in review of %s", filter).isEqualTo(
                        matters ? directMatters(code, filter.withState(OverviewState.REVIEW)) : 0);
                assertThat(counts.total()).as("total of %s", filter).isEqualTo(expected);
                assertThat(counts.boards().stream().mapToLong(OverviewCounts.Group::total).sum())
                        .isEqualTo(counts.persons().stream().mapToLong(OverviewCounts.Group::total).sum())
                        .isEqualTo(counts.units().stream().mapToLong(OverviewCounts.Group::total).sum());
            }
        }
        OverviewCounts all = as(kommun, Role.MANAGER, () -> overview.counts(OverviewFilter.NONE));
        assertThat(all.boards()).extracting(OverviewCounts.Group::key)
                .containsExactlyInAnyOrder(String.valueOf(board), String.valueOf(elderly));
        assertThat(all.boards().stream().filter(group -> group.key().equals(String.valueOf(board))).findFirst()
                .orElseThrow().overdue()).isEqualTo(directAssignments(code,
                        new OverviewFilter(board, null, null, OverviewState.OVERDUE, null, null))
                        + directMatters(code, new OverviewFilter(board, null, null, OverviewState.OVERDUE, null, null)));
    }

    private Long unitOf(Long boardId) {
        return jdbc.queryForObject("select administration_id from board where id = ?", Long.class, boardId);
    }

    /** A direct count of the municipality's assignments in the filter, from the assignment table itself. */
    long directAssignments(String code, OverviewFilter filter) {
        if (filter.state() == OverviewState.REVIEW) {
            return 0;
        }
        StringBuilder sql = new StringBuilder("select count(*) from assignment a join board b on b.id = a.board_id "
                + "where a.municipality_code = ? and a.phase <> 'COMPLETED'");
        List<Object> arguments = new ArrayList<>(List.of(code));
        if (filter.state() == OverviewState.OVERDUE) {
            sql.append(" and a.overdue_since is not null");
        } else if (filter.state() == OverviewState.AT_RISK) {
            sql.append(" and a.overdue_since is null and (a.latest_status = 'DEVIATION' or a.reminded_at is not null)");
        } else {
            sql.append(" and (a.overdue_since is not null or a.latest_status = 'DEVIATION' "
                    + "or a.reminded_at is not null)");
        }
        where(sql, arguments, filter, "a.board_id", "b.administration_id", "a.responsible");
        return jdbc.queryForObject(sql.toString(), Long.class, arguments.toArray());
    }

    /** A direct count of the municipality's open matters in the filter, from the registry's and process's tables. */
    long directMatters(String code, OverviewFilter filter) {
        StringBuilder sql = new StringBuilder("select count(*) from matter m "
                + "join matter_progress p on p.matter_id = m.id join municipality mu on mu.id = m.municipality_id "
                + "join board b on b.id = m.board_id left join user_account u on u.id = m.case_officer_id "
                + "left join staff_report s on s.matter_id = m.id "
                + "where mu.code = ? and p.dispatched_at is null and p.closed_at is null and p.written_off_at is null");
        List<Object> arguments = new ArrayList<>(List.of(code));
        LocalDate horizon = TODAY.plusDays(filter.daysOrDefault());
        if (filter.state() == OverviewState.OVERDUE) {
            sql.append(" and p.answer_due < ?");
            arguments.add(TODAY);
        } else if (filter.state() == OverviewState.AT_RISK) {
            sql.append(" and p.answer_due >= ? and p.answer_due <= ?");
            arguments.add(TODAY);
            arguments.add(horizon);
        } else if (filter.state() == OverviewState.REVIEW) {
            sql.append(" and s.status = 'SUBMITTED'");
        } else {
            sql.append(" and (p.answer_due <= ? or s.status = 'SUBMITTED')");
            arguments.add(horizon);
        }
        where(sql, arguments, filter, "m.board_id", "b.administration_id", "u.username");
        return jdbc.queryForObject(sql.toString(), Long.class, arguments.toArray());
    }

    private static void where(StringBuilder sql, List<Object> arguments, OverviewFilter filter, String board,
            String unit, String responsible) {
        if (filter.boardId() != null) {
            sql.append(" and ").append(board).append(" = ?");
            arguments.add(filter.boardId());
        }
        if (filter.unitId() != null) {
            sql.append(" and ").append(unit).append(" = ?");
            arguments.add(filter.unitId());
        }
        if (filter.responsible() != null) {
            sql.append(" and ").append(responsible).append(" = ?");
            arguments.add(filter.responsible());
        }
    }
}
