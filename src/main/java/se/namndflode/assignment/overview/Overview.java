package se.namndflode.assignment.overview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.namndflode.assignment.overview.OverviewCounts.Group;
import se.namndflode.assignment.overview.OverviewFilter.ItemType;
import se.namndflode.assignment.overview.OverviewQueries.Tally;
import se.namndflode.shared.security.CurrentUser;
import se.namndflode.shared.time.WorkingDayCalendar;

/**
 * The overview of overdue and at-risk work for managers and directors: assignments and board matters (remisser
 * and other matters past or near their answer date, tjänsteutlåtanden waiting for review) of the signed-in user's
 * municipalities, filtered, counted and paged in the database ({@link OverviewQueries}). "Today" is the injected
 * clock's day in Stockholm.
 */
@Service
@Transactional(readOnly = true)
public class Overview {

    public static final int PAGE_SIZE = 25;
    /** The most rows one CSV export holds (a manager's overview is far smaller; a bound keeps one request small). */
    public static final int EXPORT_LIMIT = 20_000;

    private final OverviewQueries queries;
    private final Clock clock;

    Overview(OverviewQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingDayCalendar.STOCKHOLM));
    }

    /** A page of the filtered items, the earliest date first. */
    public Page<OverviewItem> page(OverviewFilter filter, int page) {
        Set<String> municipalities = CurrentUser.municipalityCodes();
        int number = Math.max(page, 0);
        if (municipalities.isEmpty()) {
            return Page.empty(PageRequest.of(number, PAGE_SIZE));
        }
        LocalDate today = today();
        return page(municipalities, filter, number, queries.count(municipalities, filter, today), today);
    }

    /**
     * A page of the filtered items whose total is taken from the filter's counts (one query fewer than
     * {@link #page(OverviewFilter, int)}; the page shows both).
     *
     * @param counts {@link #counts(OverviewFilter)} of the same filter
     */
    public Page<OverviewItem> page(OverviewFilter filter, int page, OverviewCounts counts) {
        Set<String> municipalities = CurrentUser.municipalityCodes();
        int number = Math.max(page, 0);
        if (municipalities.isEmpty()) {
            return Page.empty(PageRequest.of(number, PAGE_SIZE));
        }
        return page(municipalities, filter, number, total(counts, filter.state()), today());
    }

    /**
     * The page's items; a page past the last holds none and is not queried (a page number from a hand-written
     * address may be as large as an int, whose first row no SQL offset takes).
     */
    private Page<OverviewItem> page(Set<String> municipalities, OverviewFilter filter, int number, long total,
            LocalDate today) {
        long offset = (long) number * PAGE_SIZE;
        List<OverviewItem> items = offset >= total ? List.of()
                : queries.items(municipalities, filter, today, (int) offset, PAGE_SIZE);
        return new PageImpl<>(items, PageRequest.of(number, PAGE_SIZE), total);
    }

    /** How many items of the counts' filter are in the state (all of them without one). */
    static long total(OverviewCounts counts, OverviewState state) {
        if (state == null) {
            return counts.total();
        }
        return switch (state) {
            case OVERDUE -> counts.overdue();
            case AT_RISK -> counts.atRisk();
            case REVIEW -> counts.mattersInReview();
        };
    }

    /** Every filtered item (at most {@link #EXPORT_LIMIT}), for the CSV export. */
    public List<OverviewItem> all(OverviewFilter filter) {
        Set<String> municipalities = CurrentUser.municipalityCodes();
        return municipalities.isEmpty() ? List.of() : queries.items(municipalities, filter, today(), 0, EXPORT_LIMIT);
    }

    /** The counts within the filter, its state left out (the counts give each state). */
    public OverviewCounts counts(OverviewFilter filter) {
        return counts(CurrentUser.municipalityCodes(), filter);
    }

    /** The same for given municipalities, without a signed-in user (the weekly digest, run by the engine). */
    OverviewCounts counts(Collection<String> municipalities, OverviewFilter filter) {
        if (municipalities.isEmpty()) {
            return new OverviewCounts(0, 0, 0, 0, 0, List.of(), List.of(), List.of());
        }
        List<Tally> tallies = queries.tallies(municipalities, filter.withState(null), today());
        long assignmentsOverdue = 0;
        long assignmentsAtRisk = 0;
        long mattersOverdue = 0;
        long mattersAtRisk = 0;
        long mattersInReview = 0;
        for (Tally tally : tallies) {
            boolean assignment = tally.type() == ItemType.ASSIGNMENT;
            switch (tally.state()) {
                case OVERDUE -> {
                    if (assignment) {
                        assignmentsOverdue += tally.count();
                    } else {
                        mattersOverdue += tally.count();
                    }
                }
                case AT_RISK -> {
                    if (assignment) {
                        assignmentsAtRisk += tally.count();
                    } else {
                        mattersAtRisk += tally.count();
                    }
                }
                case REVIEW -> { }
            }
            if (tally.awaitingReview()) {
                mattersInReview += tally.count();
            }
        }
        return new OverviewCounts(assignmentsOverdue, assignmentsAtRisk, mattersOverdue, mattersAtRisk,
                mattersInReview, groups(tallies, tally -> String.valueOf(tally.boardId()), Tally::boardName),
                groups(tallies, tally -> tally.unitId() == null ? null : String.valueOf(tally.unitId()),
                        Tally::unitName),
                groups(tallies, Tally::responsible, Tally::responsibleName));
    }

    /** The items the digest lists for the municipalities (all of them, at most {@link #EXPORT_LIMIT}). */
    List<OverviewItem> items(Collection<String> municipalities, OverviewFilter filter) {
        return municipalities.isEmpty() ? List.of()
                : queries.items(municipalities, filter, today(), 0, EXPORT_LIMIT);
    }

    private static List<Group> groups(List<Tally> tallies, Function<Tally, String> key, Function<Tally, String> name) {
        Map<String, long[]> sums = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Tally tally : tallies) {
            String k = key.apply(tally);
            long[] sum = sums.computeIfAbsent(k, ignored -> new long[3]);
            sum[tally.state().ordinal()] += tally.count();
            names.putIfAbsent(k, name.apply(tally));
        }
        List<Group> groups = new ArrayList<>();
        sums.forEach((k, sum) -> groups.add(new Group(k, names.get(k), sum[OverviewState.OVERDUE.ordinal()],
                sum[OverviewState.AT_RISK.ordinal()], sum[OverviewState.REVIEW.ordinal()])));
        groups.sort(Comparator.comparingLong(Group::total).reversed()
                .thenComparing(group -> Objects.requireNonNullElse(group.name(), "\uffff")));
        return groups;
    }
}
