package org.stockpile.ammo;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An ammunition custody operation at a site: the lines (a lot's scanned tag, a quantity, perhaps a storage
 * location tag) and what the operation needs besides — the person's badge tag or the unit (issue, return,
 * consumption), the origin (receive) or destination (dispatch) site, the voucher or certificate reference, the
 * reason, and for destruction the method and witnesses. An adjustment's quantity is signed.
 */
public record AmmunitionCustodyRequest(String siteCode, List<Line> lines, String personTag, String unit,
        String originSiteCode, String destinationSiteCode, String reference, String reason, String method,
        String witnesses, OffsetDateTime deviceTime, String deviceId) {

    public static final int MAX_LINES = 200;
    public static final long MAX_QUANTITY = 1_000_000_000L;

    public record Line(String lotTag, Long quantity, String locationTag) {
    }
}
