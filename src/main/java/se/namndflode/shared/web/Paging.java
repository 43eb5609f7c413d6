package se.namndflode.shared.web;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Pages of a list as a caller asks for them, made safe: a page number below 0 reads as the first page, a size outside
 * 1..{@code maxSize} as the nearest bound, and a page far past the last (its first row beyond what a JPA query's int
 * offset takes, a page number typed into the address) is an empty page with the list's total, never a server error.
 */
public final class Paging {

    private Paging() {
    }

    /** The request for page {@code page} (0-based) of {@code size} rows, both clamped as above. */
    public static PageRequest request(int page, int size, int maxSize, Sort sort) {
        return PageRequest.of(Math.max(page, 0), Math.max(1, Math.min(size, maxSize)), sort);
    }

    /**
     * The query's page; past the reach of an int offset the query is asked for its first page only for its total,
     * and the answer is the requested page, empty, with that total.
     */
    public static <T> Page<T> find(Pageable request, Function<Pageable, Page<T>> query) {
        if (request.getOffset() + request.getPageSize() <= Integer.MAX_VALUE) {
            return query.apply(request);
        }
        long total = query.apply(PageRequest.of(0, request.getPageSize(), request.getSort())).getTotalElements();
        return new PageImpl<>(List.of(), request, total);
    }
}
