package org.stockpile.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** How scope claims read: national, sites, regions; anything else (such as roles) is ignored. */
class SiteScopeParsingTest {

    @Test
    void entriesOfEachKind() {
        SiteScope scope = SiteScope.parse(List.of("clerk", "site:ARM-GAO-01", "region:MPT", " site:ARM-GAO-02 "));
        assertFalse(scope.national());
        assertEquals(Set.of("ARM-GAO-01", "ARM-GAO-02"), scope.siteCodes());
        assertEquals(Set.of("MPT"), scope.regionCodes());
        assertTrue(scope.includes("ARM-GAO-01", "GAO"));
        assertTrue(scope.includes("ARM-MPT-02", "MPT"));
        assertFalse(scope.includes("ARM-KAY-01", "KAY"));
    }

    @Test
    void nationalSeesEverything() {
        SiteScope scope = SiteScope.parse(List.of("admin", "National"));
        assertTrue(scope.national());
        assertTrue(scope.includes("ANY", "ANY"));
        assertEquals("1 = 1", scope.condition("s", new HashMap<>()));
    }

    @Test
    void noEntriesOrEmptyEntriesSeeNothing() {
        SiteScope scope = SiteScope.parse(List.of("clerk", "site:", "region:"));
        assertEquals(SiteScope.NONE, scope);
        assertFalse(scope.includes("ARM-GAO-01", "GAO"));
        assertEquals("1 = 0", scope.condition("s", new HashMap<>()));
    }

    @Test
    void aScopeReadsOnlyWhatItMustCompare() {
        List<String> read = new java.util.ArrayList<>();
        java.util.function.Supplier<String> gao = () -> {
            read.add("site");
            return "ARM-GAO-01";
        };
        java.util.function.Supplier<String> region = () -> {
            read.add("region");
            return "GAO";
        };
        assertTrue(SiteScope.parse(List.of("national")).includes(gao, region));
        assertEquals(List.of(), read, "a national scope reads neither");
        assertTrue(SiteScope.parse(List.of("site:ARM-GAO-01")).includes(gao, region));
        assertEquals(List.of("site"), read, "a scope of sites never reads the region");
        read.clear();
        assertTrue(SiteScope.parse(List.of("region:GAO")).includes(gao, region));
        assertEquals(List.of("region"), read, "a scope of regions never reads the site");
        read.clear();
        assertFalse(SiteScope.parse(List.of("site:ARM-KAY-01", "region:KAY")).includes(gao, region));
        assertEquals(List.of("site", "region"), read);
        assertFalse(SiteScope.NONE.includes(gao, region));
    }
}
