package org.stockpile.system.paging;

import java.util.Map;

/** Which sites a query may return, as a JPQL condition: the caller's site scope is one. */
public interface SiteCondition {

    /** The condition on the site at {@code sitePath}, with the parameters it needs added to {@code parameters}. */
    String condition(String sitePath, Map<String, Object> parameters);
}
