package org.stockpile.ammo;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.stockpile.system.TagCode;

/**
 * An ammunition custody operation at a site: the lines (a lot's scanned tag, a quantity, perhaps a storage
 * location tag) and what the operation needs besides — the person's badge tag or the unit's code (issue, return,
 * consumption), the origin (receive) or destination (dispatch) site, the voucher or certificate reference, the
 * reason, and for destruction the method and witnesses. An adjustment's quantity is signed. Every text is bounded as
 * the ledger stores it.
 */
public record AmmunitionCustodyRequest(@Size(max = 32, message = "{validation.too-long}") String siteCode,
        List<@Valid Line> lines,
        @Size(max = TagCode.MAX_SCANNED, message = "{validation.too-long}") String personTag,
        @Size(max = 16, message = "{validation.too-long}") String unitCode,
        @Size(max = 32, message = "{validation.too-long}") String originSiteCode,
        @Size(max = 32, message = "{validation.too-long}") String destinationSiteCode,
        @Size(max = 100, message = "{validation.too-long}") String reference,
        @Size(max = 500, message = "{validation.too-long}") String reason,
        @Size(max = 100, message = "{validation.too-long}") String method,
        @Size(max = 500, message = "{validation.too-long}") String witnesses,
        OffsetDateTime deviceTime,
        @Size(max = 100, message = "{validation.too-long}") String deviceId) {

    public static final int MAX_LINES = 200;
    public static final long MAX_QUANTITY = 1_000_000_000L;

    public record Line(@Size(max = TagCode.MAX_SCANNED, message = "{validation.too-long}") String lotTag, Long quantity,
            @Size(max = TagCode.MAX_SCANNED, message = "{validation.too-long}") String locationTag) {
    }
}
