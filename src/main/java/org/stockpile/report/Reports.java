package org.stockpile.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The rows of the ammunition reports: flat records, so that each is a CSV line too. */
public final class Reports {

    /** The windows an expiry or surveillance report may look ahead, in days. */
    public static final List<Integer> WINDOWS = List.of(30, 60, 90);
    /** The window of the expiry report unless another is asked for, in days. */
    public static final int EXPIRING_DAYS = 90;
    /** The window of the surveillance report unless another is asked for, in days. */
    public static final int SURVEILLANCE_DAYS = 30;

    private Reports() {
    }

    /** NEQ held by a storehouse in one hazard division, as it counts against the licence, and the headroom. */
    public record NeqLine(String siteCode, String hazardDivision, BigDecimal heldKg, BigDecimal countedKg,
            BigDecimal limitKg, BigDecimal headroomKg) {
    }

    /** A lot held at a site, with the date that matters for the report and the days left to it (negative: past). */
    public record LotAtSite(String lotTag, String itemCode, String lotNumber, String condition,
            @Schema(nullable = true) LocalDate date, long daysLeft, String siteCode, long quantity) {
    }

    /** A lot's quantities at a site: in store, issued out, in transit to other sites. */
    public record BalanceLine(String lotTag, String itemCode, String lotNumber, String siteCode, long onHand,
            long issuedOut, long inTransitOut) {
    }
}
