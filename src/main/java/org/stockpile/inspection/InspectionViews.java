package org.stockpile.inspection;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stockpile.system.problem.ProblemException;

/** What the inspection API answers. */
public final class InspectionViews {

    private InspectionViews() {
    }

    /** An inspection as a list shows it, with how many items failed and how many of their actions are still open. */
    public record InspectionLine(long id, String siteCode, String siteName, Inspection.Status status,
            String openedBy, OffsetDateTime openedAt, @Schema(nullable = true) OffsetDateTime closedAt, long failed,
            long openActions) {
    }

    /** An inspection with every item of its checklist. */
    public record InspectionView(long id, String siteCode, String siteName, String regionCode,
            Inspection.Status status, String openedBy, OffsetDateTime openedAt,
            @Schema(nullable = true) OffsetDateTime closedAt, @Schema(nullable = true) String remarks,
            List<ItemView> items) {

        /** Where the item with this code is in {@link #items}; 404 when the checklist has none. */
        public int indexOf(String code) {
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).code().equals(code)) {
                    return i;
                }
            }
            throw ProblemException.notFound(InspectionItem.RECORD, code);
        }
    }

    /** An item as found, in both languages, with its photos and, for a failure, its corrective action. */
    public record ItemView(String code, int position, String titleFr, String titleEn,
            @Schema(nullable = true) InspectionItem.Result result,
            @Schema(nullable = true) InspectionItem.Severity severity,
            @Schema(nullable = true) String comment, @Schema(nullable = true) OffsetDateTime assessedAt,
            @Schema(nullable = true) ActionView action, List<PhotoView> photos) {
    }

    public record ActionView(String description, String owner, LocalDate dueOn, InspectionItem.ActionStatus status,
            @Schema(nullable = true) OffsetDateTime closedAt, @Schema(nullable = true) String closedBy,
            @Schema(nullable = true) String closureNote) {
    }

    /** A photo as stored: what it is and the SHA-256 of its bytes; the bytes are at its own address. */
    public record PhotoView(long id, InspectionPhoto.Purpose purpose, String mediaType, int width, int height,
            int sizeBytes, String sha256, String uploadedBy, OffsetDateTime uploadedAt) {
    }

    /** What the service keeps, and whether this request added it (false when it gave back what was kept before). */
    public record Kept<T>(T value, boolean added) {
    }

    /** A photo's bytes, exactly as uploaded, and their media type. */
    public record PhotoContent(String mediaType, byte[] content) {
    }

    /** A corrective action in the follow-up report. */
    public record ActionLine(long inspectionId, String siteCode, String siteName, String regionCode,
            String regionName, String itemCode, String titleFr, String titleEn, InspectionItem.Severity severity,
            String description, String owner, LocalDate dueOn, InspectionItem.ActionStatus status,
            @Schema(nullable = true) OffsetDateTime closedAt) {
    }

    /** How many corrective actions are open, and how many of those are overdue, at a site or in a region. */
    public record ActionCount(String code, String name, long open, long overdue) {
    }

    /** Open and overdue corrective actions by site and by region, within the reader's scope. */
    public record ActionSummary(LocalDate on, List<ActionCount> sites, List<ActionCount> regions) {
    }
}
