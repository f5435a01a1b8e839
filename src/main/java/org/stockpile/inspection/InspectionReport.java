package org.stockpile.inspection;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.stockpile.system.Messages;
import org.stockpile.tag.LabelRenderer;
import org.stockpile.tag.PrintedReport;

/**
 * An inspection's report to print, in French or English: the site, the inspector and the dates; every item of the
 * checklist as found; each corrective action and where it stands; the photos kept, each with its SHA-256 so that
 * the print names the very bytes kept; and boxes for the inspector and the site's commander to sign.
 */
@ApplicationScoped
public class InspectionReport {

    private final LabelRenderer labels;
    private final Clock clock;
    private final ZoneId timeZone;

    InspectionReport(LabelRenderer labels, Clock clock,
            @ConfigProperty(name = "stockpile.web.time-zone") ZoneId timeZone) {
        this.labels = labels;
        this.clock = clock;
        this.timeZone = timeZone;
    }

    public byte[] pdf(InspectionViews.InspectionView inspection, Locale locale) {
        Map<InspectionItem.Result, Long> results = inspection.items().stream().filter(item -> item.result() != null)
                .collect(Collectors.groupingBy(InspectionViews.ItemView::result, Collectors.counting()));
        try (PrintedReport report = labels.report(locale, timeZone)) {
            report.title(text(locale, "document.inspection.title", String.valueOf(inspection.id())))
                    .fact(text(locale, "document.inspection.site"), inspection.siteCode() + " — "
                            + inspection.siteName() + " (" + inspection.regionCode() + ")")
                    .fact(text(locale, "document.inspection.inspector"), inspection.openedBy())
                    .fact(text(locale, "document.inspection.opened"), report.time(inspection.openedAt()))
                    .fact(text(locale, "document.inspection.closed"), inspection.closedAt() == null
                            ? text(locale, "document.inspection.still-open") : report.time(inspection.closedAt()))
                    .fact(text(locale, "document.inspection.results"), text(locale, "document.inspection.counts",
                            count(results, InspectionItem.Result.PASS), count(results, InspectionItem.Result.FAIL),
                            count(results, InspectionItem.Result.NOT_APPLICABLE), inspection.items().size()
                                    - results.values().stream().mapToLong(Long::longValue).sum()));
            if (inspection.remarks() != null) {
                report.fact(text(locale, "document.inspection.remarks"), inspection.remarks());
            }
            report.heading(text(locale, "document.inspection.checklist")).table(new float[] { 9, 70, 24, 20, 0 },
                    List.of("#", text(locale, "document.inspection.item"), text(locale, "document.inspection.result"),
                            text(locale, "document.inspection.severity"), text(locale, "document.inspection.comment")),
                    inspection.items().stream().map(item -> List.of(String.valueOf(item.position()),
                            title(item, locale), item.result() == null ? "—"
                                    : text(locale, "document.inspection.result." + item.result()),
                            item.severity() == null ? "" : text(locale, "document.inspection.severity."
                                    + item.severity()), item.comment() == null ? "" : item.comment())).toList());
            List<List<String>> actions = new ArrayList<>();
            List<List<String>> photos = new ArrayList<>();
            for (InspectionViews.ItemView item : inspection.items()) {
                InspectionViews.ActionView action = item.action();
                if (action != null) {
                    String standing = text(locale, "document.inspection.action." + action.status());
                    if (action.closedAt() != null) {
                        standing += " — " + action.closedBy() + ", " + report.time(action.closedAt()) + " : "
                                + action.closureNote();
                    }
                    actions.add(List.of(item.position() + ". " + title(item, locale), action.description(),
                            action.owner(), report.day(action.dueOn()), standing));
                }
                item.photos().forEach(photo -> photos.add(List.of(String.valueOf(item.position()),
                        text(locale, "document.inspection.photo." + photo.purpose()), text(locale,
                                "document.inspection.photo-size", String.valueOf(photo.width()),
                                String.valueOf(photo.height()), (photo.sizeBytes() + 1023) / 1024),
                        photo.uploadedBy() + ", " + report.time(photo.uploadedAt()), photo.sha256())));
            }
            if (!actions.isEmpty()) {
                report.heading(text(locale, "document.inspection.actions")).table(new float[] { 40, 48, 26, 20, 0 },
                        List.of(text(locale, "document.inspection.item"), text(locale, "document.inspection.action"),
                                text(locale, "document.inspection.owner"), text(locale, "document.inspection.due"),
                                text(locale, "document.inspection.standing")), actions);
            }
            if (!photos.isEmpty()) {
                report.heading(text(locale, "document.inspection.photos"))
                        .paragraph(text(locale, "document.inspection.photos-help"))
                        .table(new float[] { 9, 20, 30, 40, 0 }, List.of("#",
                                text(locale, "document.inspection.purpose"), text(locale, "document.inspection.size"),
                                text(locale, "document.inspection.taken"), "SHA-256"), photos);
            }
            return report.signatures(List.of(text(locale, "document.inspection.sign-inspector",
                    inspection.openedBy()), text(locale, "document.inspection.sign-commander")))
                    .finish(text(locale, "document.inspection.footer", String.valueOf(inspection.id()),
                            inspection.siteCode(), report.time(OffsetDateTime.now(clock))));
        }
    }

    private static long count(Map<InspectionItem.Result, Long> results, InspectionItem.Result result) {
        return results.getOrDefault(result, 0L);
    }

    private static String title(InspectionViews.ItemView item, Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? item.titleEn() : item.titleFr();
    }

    private static String text(Locale locale, String key, Object... arguments) {
        return Messages.format(locale, key, arguments);
    }
}
