package org.stockpile.stocktake;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.stockpile.stocktake.Reconciliation.Category;
import org.stockpile.system.Messages;
import org.stockpile.system.problem.ProblemException;
import org.stockpile.system.problem.ProblemType;
import org.stockpile.tag.LabelRenderer;
import org.stockpile.tag.PrintedReport;

/**
 * A closed count's report to print and sign, in French or English: where, what and how it was counted, who counted
 * and closed it, the match against the book by category, every weapon and lot that did not simply match, with how
 * each was explained or escalated, and the SHA-256 of the findings kept at closing, so that the paper names the very
 * record it was printed from. Boxes for the counters, the second person who closed it and the commander to sign.
 */
@ApplicationScoped
public class StocktakeReport {

    /** Lines of findings printed; a disaster's findings beyond them are in the kept record, which the report names. */
    static final int MAX_LINES = 2000;

    private final Stocktakes stocktakes;
    private final LabelRenderer labels;
    private final Clock clock;
    private final ZoneId timeZone;

    StocktakeReport(Stocktakes stocktakes, LabelRenderer labels, Clock clock,
            @ConfigProperty(name = "stockpile.web.time-zone") ZoneId timeZone) {
        this.stocktakes = stocktakes;
        this.labels = labels;
        this.clock = clock;
        this.timeZone = timeZone;
    }

    /** The report of a closed count in scope, in {@code locale}; an open count has none yet (409). */
    public byte[] pdf(long id, Locale locale) {
        StocktakeViews.StocktakeView stocktake = stocktakes.get(id);
        if (stocktake.status() == Stocktake.Status.OPEN) {
            throw new ProblemException(ProblemType.STATE_CONFLICT, null, "problem.stocktake.report-open",
                    String.valueOf(id));
        }
        return pdf(stocktake, stocktakes.findingsShown(id), locale);
    }

    private byte[] pdf(StocktakeViews.StocktakeView stocktake, StocktakeViews.Findings findings, Locale locale) {
        try (PrintedReport report = labels.report(locale, timeZone)) {
            report.title(text(locale, "document.stocktake.title", String.valueOf(stocktake.id())))
                    .fact(text(locale, "document.stocktake.site"), stocktake.siteCode() + " — " + stocktake.siteName()
                            + (stocktake.locationCode() == null ? "" : " · " + stocktake.locationCode()))
                    .fact(text(locale, "document.stocktake.scope"), text(locale, "document.stocktake.scope."
                            + stocktake.scope()) + " · " + text(locale, "document.stocktake.movements."
                                    + stocktake.movements()))
                    .fact(text(locale, "document.stocktake.opened"), stocktake.openedBy() + ", "
                            + report.time(stocktake.openedAt()))
                    .fact(text(locale, "document.stocktake.closed"), stocktake.closedBy() + ", "
                            + report.time(stocktake.closedAt()))
                    .fact(text(locale, "document.stocktake.recounts"), String.valueOf(stocktake.round()));
            if (stocktake.closingRemarks() != null) {
                report.fact(text(locale, "document.stocktake.remarks"), stocktake.closingRemarks());
            }
            report.heading(text(locale, "document.stocktake.result"))
                    .paragraph(text(locale, "document.stocktake.match", findings.agreeing(), findings.records(),
                            findings.matchRate().movePointRight(2)));
            if (stocktake.scope() == Stocktake.Scope.SAMPLE) {
                report.paragraph(text(locale, findings.meetsThreshold() ? "document.stocktake.threshold-met"
                        : "document.stocktake.threshold-missed", findings.threshold().movePointRight(2)));
            }
            List<List<String>> categories = new ArrayList<>();
            for (Map.Entry<Category, Long> count : findings.counts().entrySet()) {
                categories.add(List.of(category(count.getKey(), locale), String.valueOf(count.getValue())));
            }
            report.table(new float[] { 110, 0 }, List.of(text(locale, "document.stocktake.category"),
                    text(locale, "document.stocktake.count")), categories);
            report.heading(text(locale, "document.stocktake.counters")).table(new float[] { 70, 30, 30, 0 },
                    List.of(text(locale, "document.stocktake.counter"), text(locale, "document.stocktake.scans"),
                            text(locale, "document.stocktake.lot-counts"), text(locale, "document.stocktake.last")),
                    findings.counters().stream().map(counter -> List.of(counter.name(),
                            String.valueOf(counter.scans()), String.valueOf(counter.lotCounts()),
                            report.time(counter.lastAt()))).toList());
            weapons(report, findings, locale);
            lots(report, findings, locale);
            report.heading(text(locale, "document.stocktake.signed"))
                    .paragraph(text(locale, "document.stocktake.closed-by", stocktake.closedBy(),
                            report.time(stocktake.closedAt())))
                    .paragraph(text(locale, "document.stocktake.fingerprint", stocktake.findingsHash()));
            List<String> signers = new ArrayList<>();
            findings.counters().forEach(counter -> signers.add(text(locale, "document.stocktake.sign-counter",
                    counter.name())));
            signers.add(text(locale, "document.stocktake.sign-closer", stocktake.closedBy()));
            signers.add(text(locale, "document.stocktake.sign-commander"));
            return report.signatures(signers).finish(text(locale, "document.stocktake.footer",
                    String.valueOf(stocktake.id()), stocktake.siteCode(), stocktake.findingsHash().substring(0, 16),
                    report.time(OffsetDateTime.now(clock))));
        }
    }

    private void weapons(PrintedReport report, StocktakeViews.Findings findings, Locale locale) {
        List<StocktakeViews.WeaponFinding> weapons = findings.weapons();
        if (weapons.isEmpty()) {
            return;
        }
        report.heading(text(locale, "document.stocktake.weapons")).table(new float[] { 24, 30, 45, 35, 0 },
                List.of(text(locale, "document.stocktake.tag"), text(locale, "document.stocktake.category"),
                        text(locale, "document.stocktake.weapon"), text(locale, "document.stocktake.book-found"),
                        text(locale, "document.stocktake.explanation")),
                weapons.stream().limit(MAX_LINES).map(weapon -> List.of(weapon.tag(), category(weapon.category(),
                        locale), orDash(weapon.description()), orDash(weapon.bookLocation()) + " → "
                                + orDash(weapon.foundLocation()), explanation(weapon.explanation(),
                                        weapon.explainedBy(), weapon.lossReportId(), locale))).toList());
        beyond(report, weapons.size(), locale);
    }

    private void lots(PrintedReport report, StocktakeViews.Findings findings, Locale locale) {
        List<StocktakeViews.LotFinding> lots = findings.lots();
        if (lots.isEmpty()) {
            return;
        }
        report.heading(text(locale, "document.stocktake.lots")).table(new float[] { 24, 40, 20, 20, 20, 0 },
                List.of(text(locale, "document.stocktake.tag"), text(locale, "document.stocktake.lot"),
                        text(locale, "document.stocktake.book"), text(locale, "document.stocktake.counted"),
                        text(locale, "document.stocktake.difference"), text(locale, "document.stocktake.explanation")),
                lots.stream().limit(MAX_LINES).map(lot -> List.of(lot.tag(), lot.lotNumber() + " · " + lot.itemCode(),
                        String.valueOf(lot.book()), String.valueOf(lot.counted()), String.valueOf(lot.difference()),
                        explanation(lot.explanation(), lot.explainedBy(), null, locale))).toList());
        beyond(report, lots.size(), locale);
    }

    private static void beyond(PrintedReport report, int lines, Locale locale) {
        if (lines > MAX_LINES) {
            report.paragraph(text(locale, "document.stocktake.more", lines - MAX_LINES));
        }
    }

    private static String explanation(String explanation, String by, Long lossReport, Locale locale) {
        if (explanation == null) {
            return "—";
        }
        String text = explanation + " (" + by + ")";
        return lossReport == null ? text : text + " · " + text(locale, "document.stocktake.loss-report",
                String.valueOf(lossReport));
    }

    private static String category(Category category, Locale locale) {
        return text(locale, "document.stocktake.category." + category);
    }

    private static String orDash(String text) {
        return text == null ? "—" : text;
    }

    private static String text(Locale locale, String key, Object... arguments) {
        return Messages.format(locale, key, arguments);
    }
}
