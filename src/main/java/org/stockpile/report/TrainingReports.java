package org.stockpile.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stockpile.custody.OperationType;

/** The rows of the training reports: flat records, so that each is a CSV line too. */
public final class TrainingReports {

    private TrainingReports() {
    }

    /**
     * How many distinct persons passed a closed session, in one group of the dimensions asked for; a dimension not
     * asked for is null. A person trained twice in a group counts once.
     */
    public record TrainedLine(@Schema(nullable = true) Integer year, @Schema(nullable = true) String forceCode,
            @Schema(nullable = true) String regionCode, @Schema(nullable = true) String courseCode, long persons) {
    }

    /** A certificate valid today that runs out within the window and has not been renewed by a later one. */
    public record ExpiringCertificate(String number, String holder, String serviceNumber, String siteCode,
            String courseCode, LocalDate validThrough, long daysLeft) {
    }

    /**
     * One item of a custody operation that a commander let through although certification was lacking: who acted,
     * who approved, why, and what was lacking (one line per shortfall).
     */
    public record OverrideLine(OffsetDateTime serverTime, String siteCode, long siteSeq, OperationType operation,
            String itemTag, String serialOrLot, @Schema(nullable = true) String recipient, String requestedBy,
            String approvedBy, String reason, String findings) {
    }
}
