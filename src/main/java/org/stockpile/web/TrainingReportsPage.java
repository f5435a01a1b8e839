package org.stockpile.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.stockpile.system.CsvWriter;
import org.stockpile.report.Reports;
import org.stockpile.report.TrainingReportService;
import org.stockpile.report.TrainingReportService.Dimension;
import org.stockpile.report.TrainingReports;
import org.stockpile.security.Roles;
import org.stockpile.system.Messages;
import org.stockpile.system.problem.ProblemException;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The training reports on screen, each with its CSV: people trained per region and year (as a chart, and as the
 * table it is drawn from), per force and per course; certificates running out within 30, 60 or 90 days; and the
 * custody operations a commander let through without the certification they needed. Same reports, roles and scope
 * as the API's.
 */
@Path("/app/reports/training")
@RolesAllowed({ Roles.CLERK, Roles.INSPECTOR, Roles.TRAINER, Roles.COMMANDER, Roles.ADMIN })
public class TrainingReportsPage {

    /** The chart's width for its bars, in its own units, after the region's label. */
    static final int BAR_WIDTH = 600;
    /** Where the bars start, after the region's code; each bar's height with the space below it. */
    static final int LABEL_WIDTH = 60;
    static final int ROW_HEIGHT = 28;
    /** Fill classes for the years, in turn; the table beside the chart says every figure in words. */
    static final int YEAR_COLOURS = 8;

    /**
     * One region's bar: a segment per year, laid end to end, and its total written after it at {@code totalX}; with
     * the number of each of the chart's years, for the table that says the same in figures.
     */
    public record Bar(String regionCode, long persons, List<Segment> segments, List<Long> perYear, int y,
            int totalX) {
    }

    public record Segment(int year, long persons, int x, int width, int colour) {
    }

    /** People trained per region and year, drawn as one bar per region, scaled to the longest. */
    public record Chart(List<Integer> years, List<Bar> bars, int height) {

        static Chart of(List<TrainingReports.TrainedLine> lines) {
            List<Integer> years = new ArrayList<>(new TreeSet<>(lines.stream().map(TrainingReports.TrainedLine::year)
                    .toList()));
            Map<String, Map<Integer, Long>> byRegion = new TreeMap<>();
            lines.forEach(line -> byRegion.computeIfAbsent(line.regionCode(), r -> new LinkedHashMap<>())
                    .put(line.year(), line.persons()));
            long longest = byRegion.values().stream()
                    .mapToLong(counts -> counts.values().stream().mapToLong(Long::longValue).sum()).max().orElse(1);
            List<Bar> bars = new ArrayList<>();
            byRegion.forEach((region, counts) -> {
                List<Segment> segments = new ArrayList<>();
                List<Long> perYear = new ArrayList<>();
                int x = LABEL_WIDTH;
                long total = 0;
                for (int year : years) {
                    long persons = counts.getOrDefault(year, 0L);
                    perYear.add(persons);
                    int width = (int) Math.round((double) persons * BAR_WIDTH / longest);
                    if (persons > 0) {
                        segments.add(new Segment(year, persons, x, width, years.indexOf(year) % YEAR_COLOURS));
                    }
                    x += width;
                    total += persons;
                }
                bars.add(new Bar(region, total, segments, perYear, bars.size() * ROW_HEIGHT, x + 4));
            });
            return new Chart(years, bars, bars.size() * ROW_HEIGHT);
        }

        public int colour(int year) {
            return years.indexOf(year) % YEAR_COLOURS;
        }
    }

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance reports(Chart chart, List<TrainingReports.TrainedLine> byForce,
                List<TrainingReports.TrainedLine> byCourse, long total, List<Integer> windows, int days, List<TrainingReports.ExpiringCertificate> expiring,
                List<TrainingReports.OverrideLine> overrides);
    }

    private static final TrainingReportService.TrainedCriteria EVERY_YEAR =
            new TrainingReportService.TrainedCriteria(null, null, null);

    private final TrainingReportService reports;
    private final PageContext page;

    TrainingReportsPage(TrainingReportService reports, PageContext page) {
        this.reports = reports;
        this.page = page;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance reports(@QueryParam("days") @DefaultValue("" + Reports.EXPIRING_DAYS) int days) {
        List<TrainingReports.TrainedLine> regionYear = trained(Dimension.REGION, Dimension.YEAR);
        List<TrainingReports.TrainedLine> total = reports.trained(EnumSet.noneOf(Dimension.class), EVERY_YEAR);
        return page.localized(Templates.reports(Chart.of(regionYear), trained(Dimension.FORCE),
                trained(Dimension.COURSE), total.isEmpty() ? 0 : total.get(0).persons(), Reports.WINDOWS,
                window(days),
                reports.expiring(window(days)), reports.overrides(null, null)));
    }

    /** One report as CSV, as a spreadsheet opens it. */
    @GET
    @Path("{name}.csv")
    @Produces(CsvWriter.TEXT_CSV)
    public List<?> csv(@PathParam("name") String name,
            @QueryParam("days") @DefaultValue("" + Reports.EXPIRING_DAYS) int days) {
        return switch (name) {
            case "trained" -> reports.trained(EnumSet.of(Dimension.YEAR, Dimension.FORCE, Dimension.REGION,
                    Dimension.COURSE), EVERY_YEAR);
            case "expiring" -> reports.expiring(window(days));
            case "overrides" -> reports.overrides(null, null);
            default -> throw ProblemException.notFound(new Messages.Key("record.report"), name);
        };
    }

    private List<TrainingReports.TrainedLine> trained(Dimension... by) {
        return reports.trained(EnumSet.copyOf(List.of(by)), EVERY_YEAR);
    }

    /** The expiry window asked for, when it is one of the report's; otherwise the report's own. */
    private static int window(int days) {
        return Reports.WINDOWS.contains(days) ? days : Reports.EXPIRING_DAYS;
    }
}
