package se.namndflode.assignment;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.namndflode.shared.security.CurrentUser;
import se.namndflode.shared.web.Paging;

/**
 * The manager's overview of assignments: the user's municipalities' assignments filtered and paged in the database
 * (one query for the page, one for its total; the filters are the query's conditions, served by the indexes of
 * V42), and the counts of overdue, deviating and at-risk assignments within the same filter.
 */
@Service
@Transactional(readOnly = true)
public class AssignmentOverview {

    public static final int PAGE_SIZE = 25;

    /** The counts the overview shows above its table. */
    public record Counts(long total, long overdue, long deviating, long atRisk) {
    }

    private final AssignmentRepository assignments;

    AssignmentOverview(AssignmentRepository assignments) {
        this.assignments = assignments;
    }

    /**
     * A page of the filtered assignments, the earliest end date first. A page whose first row lies beyond what the
     * query's offset (an int) can reach is past the last page: it is empty, with the filter's total.
     */
    public Page<Assignment> page(AssignmentFilter filter, int page) {
        return Paging.find(Paging.request(page, PAGE_SIZE, PAGE_SIZE, Sort.by("endDate", "reference", "id")),
                pageable -> assignments.findAll(where(filter), pageable));
    }

    /** How many assignments the filter holds, and how many of those are overdue, deviating, at risk. */
    public Counts counts(AssignmentFilter filter) {
        AssignmentFilter base = filter.withoutFlags();
        return new Counts(assignments.count(where(base)), assignments.count(where(base.onlyOverdue())),
                assignments.count(where(base.onlyDeviating())), assignments.count(where(base.onlyAtRisk())));
    }

    /** The filter as the query's conditions, always within the user's municipalities. */
    static Specification<Assignment> where(AssignmentFilter filter) {
        Set<String> municipalities = CurrentUser.municipalityCodes();
        return (root, query, cb) -> {
            List<Predicate> conditions = new ArrayList<>();
            conditions.add(municipalities.isEmpty() ? cb.disjunction()
                    : root.get("municipalityCode").in(municipalities));
            switch (filter.scopeOrDefault()) {
                case OPEN -> conditions.add(cb.notEqual(root.get("phase"), Phase.COMPLETED));
                case COMPLETED -> conditions.add(cb.equal(root.get("phase"), Phase.COMPLETED));
                case ALL -> { }
            }
            if (filter.boardId() != null) {
                conditions.add(cb.equal(root.get("board").get("id"), filter.boardId()));
            }
            if (filter.goalId() != null) {
                conditions.add(cb.equal(root.get("goalId"), filter.goalId()));
            }
            if (filter.responsible() != null && !filter.responsible().isBlank()) {
                conditions.add(cb.equal(root.get("responsible"), filter.responsible().trim()));
            }
            if (Boolean.TRUE.equals(filter.overdue())) {
                conditions.add(overdue(root, cb));
            }
            if (Boolean.TRUE.equals(filter.deviation())) {
                conditions.add(cb.and(cb.notEqual(root.get("phase"), Phase.COMPLETED),
                        cb.or(cb.equal(root.get("latestStatus"), Status.DEVIATION),
                                cb.isNotNull(root.get("overdueSince")))));
            }
            if (Boolean.TRUE.equals(filter.atRisk())) {
                conditions.add(cb.and(cb.notEqual(root.get("phase"), Phase.COMPLETED),
                        cb.isNull(root.get("overdueSince")),
                        cb.or(cb.equal(root.get("latestStatus"), Status.DEVIATION),
                                cb.isNotNull(root.get("remindedAt")))));
            }
            return cb.and(conditions.toArray(Predicate[]::new));
        };
    }

    private static Predicate overdue(Root<Assignment> root, CriteriaBuilder cb) {
        return cb.and(cb.isNotNull(root.get("overdueSince")), cb.notEqual(root.get("phase"), Phase.COMPLETED));
    }
}
