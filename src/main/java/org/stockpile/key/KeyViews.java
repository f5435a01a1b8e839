package org.stockpile.key;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stockpile.person.Person;
import org.stockpile.system.RegistryRecord;
import org.stockpile.system.TagCode;

/** What the key register answers. */
public final class KeyViews {

    private KeyViews() {
    }

    /** A key (or copy) of a site, what it opens, and who holds it since when. */
    public record KeyView(long id, String tag, String siteCode, String opens, int copyNumber,
            @Schema(nullable = true) String locationTag, @Schema(nullable = true) String holderTag,
            @Schema(nullable = true) String holderName, @Schema(nullable = true) OffsetDateTime heldSince,
            RegistryRecord.Status status) {

        static KeyView of(SiteKey key) {
            return new KeyView(key.id, TagCode.of(TagCode.Kind.KEY, key.id).value(), key.site.code, key.opens,
                    key.copyNumber, key.storageLocation == null ? null
                            : TagCode.of(TagCode.Kind.STORAGE_LOCATION, key.storageLocation.id).value(),
                    personTag(key.holder), personName(key.holder), key.heldSince, key.status);
        }
    }

    /** A key passing from one holder (none for its first) to the next, and the count it called for. */
    public record HandoverView(long id, String keyTag, String opens, int copyNumber, String siteCode,
            @Schema(nullable = true) String fromTag, @Schema(nullable = true) String fromName, String toTag,
            String toName, OffsetDateTime handedAt, String recordedBy, @Schema(nullable = true) Long stocktakeId) {

        static HandoverView of(KeyHandover handover) {
            SiteKey key = handover.key;
            return new HandoverView(handover.id, TagCode.of(TagCode.Kind.KEY, key.id).value(), key.opens,
                    key.copyNumber, key.site.code, personTag(handover.fromHolder), personName(handover.fromHolder),
                    personTag(handover.toHolder), personName(handover.toHolder), handover.handedAt,
                    handover.recordedBy, handover.stocktakeId);
        }
    }

    private static String personTag(Person person) {
        return person == null ? null : TagCode.of(TagCode.Kind.PERSON, person.id).value();
    }

    private static String personName(Person person) {
        return person == null ? null : person.fullName();
    }
}
