package org.stockpile.custody;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A custody operation as a clerk's scanner sends it: the scanned weapon tags (one or many: a batch is all or
 * nothing), and what the operation needs besides — the recipient's badge tag (issue), a storage location tag
 * (move; optional on return, receive, repair back and recovery), the destination site (dispatch), the reason
 * (loss, theft, repair), the method, witnesses and certificate number (destruction), a reference (police report,
 * voucher). The device's own time and id are kept for scans made offline.
 */
public record CustodyRequest(List<String> weaponTags, String personTag, String locationTag,
        String destinationSiteCode, String reason, String reference, String method, String witnesses,
        OffsetDateTime deviceTime, String deviceId) {

    public static final int MAX_WEAPONS = 1000;
}
