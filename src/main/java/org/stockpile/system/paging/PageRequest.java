package org.stockpile.system.paging;

import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.stockpile.system.problem.ProblemException;
import org.stockpile.system.problem.ProblemType;

import io.quarkus.panache.common.Sort;

/**
 * The paging and sorting query parameters every list takes ({@code page}, {@code size}, {@code sort}). Sorting
 * names an API field, optionally followed by {@code ,asc} or {@code ,desc}; each list declares which fields it
 * sorts on and how they map to the query.
 */
public class PageRequest {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    @QueryParam("page")
    @DefaultValue("0")
    @Parameter(description = "Zero-based page number")
    int page;

    @QueryParam("size")
    @DefaultValue("" + DEFAULT_SIZE)
    @Parameter(description = "Page size, at most " + MAX_SIZE)
    int size;

    @QueryParam("sort")
    @Parameter(description = "A field to sort on, optionally followed by ,asc or ,desc (e.g. code,desc)")
    String sort;

    public PageRequest() {
    }

    public PageRequest(int page, int size, String sort) {
        this.page = page;
        this.size = size;
        this.sort = sort;
    }

    public int page() {
        check();
        return page;
    }

    public int size() {
        check();
        return size;
    }

    private void check() {
        if (page < 0) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER, "page", "problem.invalid-parameter.page");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new ProblemException(ProblemType.PAGE_TOO_LARGE, "size", "problem.page-too-large.detail", MAX_SIZE);
        }
    }

    /**
     * The sort to apply: the requested field translated through {@code sortable} (API field → query path), then
     * the id so that pages are stable. {@code sortable} must map {@code id} too. Without a requested field,
     * {@code defaultField} ascending.
     */
    public Sort toSort(Map<String, String> sortable, String defaultField) {
        String field = defaultField;
        Sort.Direction direction = Sort.Direction.Ascending;
        if (sort != null && !sort.isBlank()) {
            String[] parts = sort.split(",", 2);
            field = parts[0].trim();
            if (parts.length == 2) {
                direction = switch (parts[1].trim().toLowerCase(Locale.ROOT)) {
                    case "asc" -> Sort.Direction.Ascending;
                    case "desc" -> Sort.Direction.Descending;
                    default -> throw invalidSort(sortable);
                };
            }
        }
        String path = sortable.get(field);
        if (path == null) {
            throw invalidSort(sortable);
        }
        return Sort.by(path, direction).and(sortable.get("id"));
    }

    private static ProblemException invalidSort(Map<String, String> sortable) {
        return new ProblemException(ProblemType.INVALID_PARAMETER, "sort", "problem.invalid-parameter.sort",
                String.join(", ", new TreeSet<>(sortable.keySet())));
    }
}
