package org.stockpile.custody;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.stockpile.system.Sha256;

/**
 * The canonical serialization of an event and its SHA-256. Each field is one {@code name=value} line in a fixed
 * order, absent fields are left out and line breaks in values are escaped, so that two different events never
 * serialize alike (fields added later are absent from older events, whose hashes therefore stay as they were).
 * The event's own database id is not part of it: its place is (site, sequence number).
 */
public final class EventHash {

    public static final String GENESIS = "0".repeat(64);
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'");

    /** The fields of an event as stored, in the order they are hashed. */
    public record Fields(long siteId, long siteSeq, UUID operationId, String type, Long weaponId, Long lotId,
            Long quantity, String unit, String fromState,
            String toState, Long personId, Long storageLocationId, Long counterpartSiteId, String reason,
            String reference, String method, String witnesses, String requestedBy, String approvedBy,
            OffsetDateTime serverTime, OffsetDateTime deviceTime, String deviceId, String details,
            String overrideReason, String overrideFindings, String previousHash) {
    }

    /** Starts an event's fields, named one by one: there are too many to check by position. */
    public static Builder event(long siteId, long siteSeq, UUID operationId, String type) {
        return new Builder(siteId, siteSeq, operationId, type);
    }

    /** The fields of an event by name; those not given are absent. */
    public static final class Builder {

        private final long siteId;
        private final long siteSeq;
        private final UUID operationId;
        private final String type;
        private Long weaponId;
        private Long lotId;
        private Long quantity;
        private String unit;
        private String fromState;
        private String toState;
        private Long personId;
        private Long storageLocationId;
        private Long counterpartSiteId;
        private String reason;
        private String reference;
        private String method;
        private String witnesses;
        private String requestedBy;
        private String approvedBy;
        private OffsetDateTime serverTime;
        private OffsetDateTime deviceTime;
        private String deviceId;
        private String details;
        private String overrideReason;
        private String overrideFindings;
        private String previousHash;

        private Builder(long siteId, long siteSeq, UUID operationId, String type) {
            this.siteId = siteId;
            this.siteSeq = siteSeq;
            this.operationId = operationId;
            this.type = type;
        }

        public Builder weapon(Long id) {
            weaponId = id;
            return this;
        }

        public Builder lot(Long id, Long lotQuantity, String lotUnit) {
            lotId = id;
            quantity = lotQuantity;
            unit = lotUnit;
            return this;
        }

        public Builder states(String from, String to) {
            fromState = from;
            toState = to;
            return this;
        }

        public Builder person(Long id) {
            personId = id;
            return this;
        }

        public Builder storageLocation(Long id) {
            storageLocationId = id;
            return this;
        }

        public Builder counterpartSite(Long id) {
            counterpartSiteId = id;
            return this;
        }

        public Builder texts(String why, String ref, String how, String who) {
            reason = why;
            reference = ref;
            method = how;
            witnesses = who;
            return this;
        }

        public Builder people(String requester, String approver) {
            requestedBy = requester;
            approvedBy = approver;
            return this;
        }

        public Builder device(OffsetDateTime time, String id) {
            deviceTime = time;
            deviceId = id;
            return this;
        }

        public Builder details(String text) {
            details = text;
            return this;
        }

        /** A commander's override of the certification the operation lacked: the reason, and what was lacking. */
        public Builder override(String reason, String findings) {
            overrideReason = reason;
            overrideFindings = findings;
            return this;
        }

        /** Where the event is written into the chain: its server time and the hash of the event before it. */
        public Fields linked(OffsetDateTime server, String previous) {
            serverTime = server;
            previousHash = previous;
            return new Fields(siteId, siteSeq, operationId, type, weaponId, lotId, quantity, unit, fromState,
                    toState, personId, storageLocationId, counterpartSiteId, reason, reference, method, witnesses,
                    requestedBy, approvedBy, serverTime, deviceTime, deviceId, details, overrideReason,
                    overrideFindings, previousHash);
        }
    }

    private EventHash() {
    }

    public static String of(Fields event) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("v", 1);
        fields.put("site", event.siteId());
        fields.put("seq", event.siteSeq());
        fields.put("operation", event.operationId());
        fields.put("type", event.type());
        fields.put("weapon", event.weaponId());
        fields.put("lot", event.lotId());
        fields.put("quantity", event.quantity());
        fields.put("unit", event.unit());
        fields.put("from", event.fromState());
        fields.put("to", event.toState());
        fields.put("person", event.personId());
        fields.put("location", event.storageLocationId());
        fields.put("counterpart", event.counterpartSiteId());
        fields.put("reason", event.reason());
        fields.put("reference", event.reference());
        fields.put("method", event.method());
        fields.put("witnesses", event.witnesses());
        fields.put("requestedBy", event.requestedBy());
        fields.put("approvedBy", event.approvedBy());
        fields.put("serverTime", instant(event.serverTime()));
        fields.put("deviceTime", instant(event.deviceTime()));
        fields.put("deviceId", event.deviceId());
        fields.put("details", event.details());
        fields.put("overrideReason", event.overrideReason());
        fields.put("overrideFindings", event.overrideFindings());
        fields.put("previous", event.previousHash());
        StringBuilder canonical = new StringBuilder();
        fields.forEach((name, value) -> {
            if (value != null) {
                canonical.append(name).append('=').append(escape(Objects.toString(value))).append('\n');
            }
        });
        return Sha256.hex(canonical.toString());
    }

    public static Fields fieldsOf(CustodyEvent e) {
        return event(e.site.id, e.siteSeq, e.operationId, e.type.name()).weapon(e.weapon == null ? null : e.weapon.id)
                .lot(e.lot == null ? null : e.lot.id, e.quantity, e.unit)
                .states(e.fromState == null ? null : e.fromState.name(), e.toState == null ? null : e.toState.name())
                .person(e.person == null ? null : e.person.id)
                .storageLocation(e.storageLocation == null ? null : e.storageLocation.id)
                .counterpartSite(e.counterpartSite == null ? null : e.counterpartSite.id)
                .texts(e.reason, e.reference, e.method, e.witnesses).people(e.requestedBy, e.approvedBy)
                .device(e.deviceTime, e.deviceId).details(e.details).override(e.overrideReason, e.overrideFindings)
                .linked(e.serverTime, e.previousHash);
    }

    /**
     * A time as PostgreSQL keeps it: in UTC, cut to the microsecond. An event's times are set to this before the event
     * is hashed and written, so that the hash covers exactly what is stored (PostgreSQL would round a finer time).
     */
    public static OffsetDateTime storedTime(OffsetDateTime time) {
        return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /** Times are hashed in UTC to the microsecond, the precision PostgreSQL keeps. */
    private static String instant(OffsetDateTime time) {
        return time == null ? null : INSTANT.format(storedTime(time));
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }
}
