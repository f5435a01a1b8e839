package org.stockpile.system.paging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The conditions of a list query, built from the filters a client gave; absent filters add nothing. */
public final class Filter {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    public Filter equal(String path, Object value) {
        return value instanceof String text && text.isBlank() ? this : compare(path, "=", value);
    }

    /** Strictly before {@code value}. */
    public Filter before(String path, Object value) {
        return compare(path, "<", value);
    }

    /** At or after {@code value}. */
    public Filter since(String path, Object value) {
        return compare(path, ">=", value);
    }

    private Filter compare(String path, String operator, Object value) {
        if (value != null) {
            String name = "p" + parameters.size();
            conditions.add(path + " " + operator + " :" + name);
            parameters.put(name, value);
        }
        return this;
    }

    /** Case-insensitive "contains" on any of the paths. */
    public Filter contains(String text, String... paths) {
        if (text != null && !text.isBlank()) {
            String name = "p" + parameters.size();
            List<String> any = new ArrayList<>();
            for (String path : paths) {
                any.add("lower(" + path + ") like :" + name);
            }
            conditions.add("(" + String.join(" or ", any) + ")");
            parameters.put(name, "%" + escapeLike(text.trim().toLowerCase(Locale.ROOT)) + "%");
        }
        return this;
    }

    /** Records whose site at any of {@code sitePaths} is in {@code scope}. */
    public Filter within(SiteCondition scope, String... sitePaths) {
        List<String> any = new ArrayList<>();
        for (String sitePath : sitePaths) {
            any.add(scope.condition(sitePath, parameters));
        }
        conditions.add("(" + String.join(" or ", any) + ")");
        return this;
    }

    public String query() {
        return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
    }

    public Map<String, Object> parameters() {
        return parameters;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
