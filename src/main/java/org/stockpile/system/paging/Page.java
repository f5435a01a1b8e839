package org.stockpile.system.paging;

import java.util.List;
import java.util.function.Function;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** One page of a list, with what a client needs to fetch the others. */
public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <E, T> Page<T> of(PanacheQuery<E> query, PageRequest request, Function<E, T> view) {
        int size = request.size();
        List<T> items = query.page(request.page(), size).list().stream().map(view).toList();
        long total = query.count();
        return new Page<>(items, request.page(), size, total, (int) ((total + size - 1) / size));
    }

    /** The same page with each item turned into {@code view}, e.g. once what the views need is read for the page. */
    public <U> Page<U> map(Function<T, U> view) {
        return new Page<>(items.stream().map(view).toList(), page, size, totalItems, totalPages);
    }
}
