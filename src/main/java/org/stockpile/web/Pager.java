package org.stockpile.web;

import org.stockpile.system.paging.Page;

/** The links to the pages before and after one page of a list, null where there is none. */
public record Pager(String previous, String next) {

    /** For {@code shown}, a page of the list at {@code address} (which says everything but the page number). */
    public static Pager of(Page<?> shown, String address) {
        String numbered = address + (address.contains("?") ? "&" : "?") + "page=";
        return new Pager(shown.page() > 0 ? numbered + (shown.page() - 1) : null,
                shown.page() + 1 < shown.totalPages() ? numbered + (shown.page() + 1) : null);
    }
}
