package org.stockpile.custody;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.Size;

import org.stockpile.system.TagCode;

/**
 * A custody operation as a clerk's scanner sends it: the scanned weapon tags (one or many: a batch is all or
 * nothing), and what the operation needs besides — the recipient's badge tag (issue), a storage location tag
 * (move; optional on return, receive, repair back and recovery), the destination site (dispatch), the reason
 * (loss, theft, repair), the method, witnesses and certificate number (destruction), a reference (police report,
 * voucher). The device's own time and id are kept for scans made offline. Every text is bounded as the ledger
 * stores it, so that a request is fully checked before it is carried out or held for a second person.
 */
public record CustodyRequest(
        List<@Size(max = TagCode.MAX_SCANNED, message = "{validation.too-long}") String> weaponTags,
        @Size(max = TagCode.MAX_SCANNED, message = "{validation.too-long}") String personTag,
        @Size(max = TagCode.MAX_SCANNED, message = "{validation.too-long}") String locationTag,
        @Size(max = 32, message = "{validation.too-long}") String destinationSiteCode,
        @Size(max = 500, message = "{validation.too-long}") String reason,
        @Size(max = 100, message = "{validation.too-long}") String reference,
        @Size(max = 100, message = "{validation.too-long}") String method,
        @Size(max = 500, message = "{validation.too-long}") String witnesses,
        OffsetDateTime deviceTime,
        @Size(max = 100, message = "{validation.too-long}") String deviceId) {

    public static final int MAX_WEAPONS = 1000;
}
