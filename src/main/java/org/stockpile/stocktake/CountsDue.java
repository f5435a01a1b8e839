package org.stockpile.stocktake;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stockpile.site.Site;
import org.stockpile.site.SiteService;
import org.stockpile.site.SiteView;

/**
 * When each site's next counts fall due, from national policy in configuration
 * ({@code stockpile.stocktake.schedule.<kind of site>}, a list of {@link CountSchedule#parse schedules}): read once at
 * start, so that a policy written wrong stops the service rather than a report. A full count also serves as the
 * sample check of its day.
 */
@ApplicationScoped
public class CountsDue {

    private final Map<Site.Kind, List<CountSchedule>> policy = new EnumMap<>(Site.Kind.class);
    private final SiteService sites;
    private final StocktakeRecords records;
    private final Clock clock;

    CountsDue(Config config, SiteService sites, StocktakeRecords records, Clock clock) {
        for (Site.Kind kind : Site.Kind.values()) {
            policy.put(kind, config.getOptionalValues("stockpile.stocktake.schedule." + kind.name(), String.class)
                    .orElse(List.of()).stream().map(CountSchedule::parse).toList());
        }
        this.sites = sites;
        this.records = records;
        this.clock = clock;
    }

    /** A count a site is due for: when it was last done, when it is due next, and whether that day has passed. */
    public record Due(CountSchedule.Kind kind, String every, @Schema(nullable = true) LocalDate lastClosedOn,
            LocalDate nextDue, boolean overdue) {

        public boolean neverCounted() {
            return lastClosedOn == null;
        }

        /** How often it falls due, in months (national policies set months and years). */
        public long everyMonths() {
            return Period.parse(every).toTotalMonths();
        }
    }

    /** A site and the counts it is due for. */
    public record SiteCounts(String siteCode, String siteName, Site.Kind kind, String regionCode, List<Due> counts) {

        /** Overdue, or never counted. */
        public boolean late() {
            return counts.stream().anyMatch(due -> due.overdue() || due.neverCounted());
        }
    }

    /** Every active site in scope with its counts due; with {@code lateOnly}, those overdue or never done. */
    public List<SiteCounts> forSitesInScope(boolean lateOnly) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Map<Long, Map<CountSchedule.Kind, OffsetDateTime>> closed = records.lastClosed();
        Map<Long, OffsetDateTime> moved = records.lastMovements();
        List<SiteCounts> shown = new ArrayList<>();
        for (SiteView site : sites.visibleActive()) {
            Map<CountSchedule.Kind, OffsetDateTime> last = closed.getOrDefault(site.id(), Map.of());
            LocalDate lastMovement = day(moved.get(site.id()));
            List<Due> counts = new ArrayList<>();
            for (CountSchedule schedule : policy.get(site.kind())) {
                OffsetDateTime full = last.get(CountSchedule.Kind.FULL);
                LocalDate lastClosed = day(schedule.kind() == CountSchedule.Kind.FULL ? full
                        : latest(last.get(CountSchedule.Kind.SAMPLE), full));
                counts.add(new Due(schedule.kind(), schedule.every().toString(), lastClosed,
                        schedule.nextDue(lastClosed, lastMovement, today),
                        schedule.isOverdue(lastClosed, lastMovement, today)));
            }
            SiteCounts due = new SiteCounts(site.code(), site.name(), site.kind(), site.regionCode(), counts);
            if (!lateOnly || due.late()) {
                shown.add(due);
            }
        }
        return shown;
    }

    private static OffsetDateTime latest(OffsetDateTime one, OffsetDateTime other) {
        return one == null ? other : other == null || one.isAfter(other) ? one : other;
    }

    private static LocalDate day(OffsetDateTime moment) {
        return moment == null ? null : moment.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
    }
}
