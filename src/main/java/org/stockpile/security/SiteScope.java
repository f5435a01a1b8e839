package org.stockpile.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.stockpile.system.paging.SiteCondition;

/**
 * What part of the national stockpile a user may see: everything (national), or the union of some sites and of
 * every site in some regions. An empty scope sees nothing: a token without a scope claim is refused everything
 * site-bound rather than shown everything.
 *
 * <p>Scope entries, as they appear in the token's scope claim: {@code national}, {@code site:<site code>},
 * {@code region:<region code>}. Anything else in the claim is ignored, so the same claim can also carry roles.
 */
public record SiteScope(boolean national, Set<String> siteCodes, Set<String> regionCodes) implements SiteCondition {

    public static final String NATIONAL = "national";
    public static final String SITE_PREFIX = "site:";
    public static final String REGION_PREFIX = "region:";

    public static final SiteScope NONE = new SiteScope(false, Set.of(), Set.of());

    public SiteScope {
        siteCodes = Set.copyOf(siteCodes);
        regionCodes = Set.copyOf(regionCodes);
    }

    public static SiteScope parse(Collection<String> entries) {
        boolean national = false;
        Set<String> sites = new LinkedHashSet<>();
        Set<String> regions = new LinkedHashSet<>();
        for (String raw : entries) {
            String entry = raw.trim();
            if (entry.equalsIgnoreCase(NATIONAL)) {
                national = true;
            } else if (entry.startsWith(SITE_PREFIX) && entry.length() > SITE_PREFIX.length()) {
                sites.add(entry.substring(SITE_PREFIX.length()));
            } else if (entry.startsWith(REGION_PREFIX) && entry.length() > REGION_PREFIX.length()) {
                regions.add(entry.substring(REGION_PREFIX.length()));
            }
        }
        return new SiteScope(national, sites, regions);
    }

    public boolean includes(String siteCode, String regionCode) {
        return national || siteCodes.contains(siteCode) || regionCodes.contains(regionCode);
    }

    /**
     * The same, reading the site's code and its region's only when this scope must compare them: a national scope
     * reads neither, a scope of sites alone never the region (each read may load a record).
     */
    public boolean includes(Supplier<String> siteCode, Supplier<String> regionCode) {
        return national || !siteCodes.isEmpty() && siteCodes.contains(siteCode.get())
                || !regionCodes.isEmpty() && regionCodes.contains(regionCode.get());
    }

    /**
     * A JPQL condition restricting {@code sitePath} (an expression of type Site) to this scope, with its parameters
     * added to {@code parameters}. It compares the site's id with a subquery rather than following
     * {@code sitePath.region}, so that a left-joined, possibly absent site is not turned into an inner join.
     */
    @Override
    public String condition(String sitePath, Map<String, Object> parameters) {
        String whole = everythingOrNothing(parameters);
        if (whole != null) {
            return whole;
        }
        String alias = "scope_" + sitePath.replace('.', '_');
        return sitePath + ".id in (select " + alias + ".id from Site " + alias + " where " + alias
                + ".code in :scopeSites or " + alias + ".region.code in :scopeRegions)";
    }

    /**
     * A JPQL condition restricting a place to this scope: a place is in a region (its code at
     * {@code regionCodePath}) and may be at a site (at {@code sitePath}, possibly absent), and is in scope by its
     * region or by its site, as {@link #includes} says.
     */
    public String placeCondition(String sitePath, String regionCodePath, Map<String, Object> parameters) {
        String whole = everythingOrNothing(parameters);
        if (whole != null) {
            return whole;
        }
        String alias = "scope_" + sitePath.replace('.', '_');
        return "(" + regionCodePath + " in :scopeRegions or " + sitePath + ".id in (select " + alias + ".id from Site "
                + alias + " where " + alias + ".code in :scopeSites))";
    }

    /** The condition when the scope is national or empty; otherwise null, with the scope's codes bound. */
    private String everythingOrNothing(Map<String, Object> parameters) {
        if (national) {
            return "1 = 1";
        }
        if (siteCodes.isEmpty() && regionCodes.isEmpty()) {
            return "1 = 0";
        }
        parameters.put("scopeSites", siteCodes.isEmpty() ? Set.of("") : siteCodes);
        parameters.put("scopeRegions", regionCodes.isEmpty() ? Set.of("") : regionCodes);
        return null;
    }
}
