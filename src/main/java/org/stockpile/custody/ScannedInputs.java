package org.stockpile.custody;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.stockpile.person.Person;
import org.stockpile.person.PersonService;
import org.stockpile.security.CurrentUser;
import org.stockpile.site.Site;
import org.stockpile.site.SiteService;
import org.stockpile.site.StorageLocation;
import org.stockpile.site.StorageLocationService;
import org.stockpile.system.problem.ProblemException;
import org.stockpile.system.problem.ProblemType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What weapon and ammunition operations share: resolving what was scanned (a badge, a storage location, another
 * site), the details an operation requires, and keeping a request for a second person to approve.
 */
@ApplicationScoped
public class ScannedInputs {

    private final PersonService people;
    private final StorageLocationService locations;
    private final SiteService sites;
    private final PendingOperationRepository pendingOperations;
    private final CurrentUser user;
    private final ObjectMapper json;
    private final Clock clock;
    private final DeviceTimeWindow deviceTimes;

    ScannedInputs(PersonService people, StorageLocationService locations, SiteService sites,
            PendingOperationRepository pendingOperations, CurrentUser user, ObjectMapper json, Clock clock,
            @ConfigProperty(name = "stockpile.custody.device-time.max-age") Duration deviceTimeMaxAge,
            @ConfigProperty(name = "stockpile.custody.device-time.max-ahead") Duration deviceTimeMaxAhead) {
        this.people = people;
        this.locations = locations;
        this.sites = sites;
        this.pendingOperations = pendingOperations;
        this.user = user;
        this.json = json;
        this.clock = clock;
        this.deviceTimes = new DeviceTimeWindow(deviceTimeMaxAge, deviceTimeMaxAhead);
    }

    /** A device time outside the window national policy sets around the server's time is refused (422). */
    void requirePlausibleDeviceTime(OffsetDateTime deviceTime) {
        deviceTimes.requirePlausible(deviceTime, clock.instant());
    }

    /**
     * The active person whose badge was scanned, posted at a site the caller may see; 422 otherwise. The person is
     * share-locked for the rest of the transaction, so that they cannot be moved or retired while receiving.
     */
    Person person(String scanned) {
        return people.requireScanned("personTag", scanned, LockModeType.PESSIMISTIC_READ);
    }

    /** The active storage location scanned, which must be at {@code site}; 422 otherwise. */
    StorageLocation location(String scanned, Site site) {
        return locations.requireScanned(site, "locationTag", scanned);
    }

    /** The active site named as the other end of a transfer; it cannot be {@code site} itself. */
    Site otherSite(String field, String code, Site site) {
        Site other = sites.requireActiveByCode(field, code);
        if (Objects.equals(other.id, site.id)) {
            throw ProblemException.rule(field, "problem.custody.same-site");
        }
        return other;
    }

    static void require(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.rule(field, "problem.custody.detail-required", field);
        }
    }

    /**
     * Keeps {@code request} for a second person, with what it was made against: the operation takes effect only once
     * approved, and only if nothing it concerns has changed meanwhile.
     */
    PendingOperation hold(PendingOperation.Subject subject, OperationType type, Site site, Object request,
            HeldAgainst heldAgainst) {
        PendingOperation pending = new PendingOperation();
        pending.id = UUID.randomUUID();
        pending.subject = subject;
        pending.type = type;
        pending.site = site;
        pending.request = write(request);
        pending.heldAgainst = write(heldAgainst);
        pending.requestedBy = user.name();
        pending.requestedAt = OffsetDateTime.now(clock);
        pending.status = PendingOperation.Status.PENDING;
        pendingOperations.persist(pending);
        return pending;
    }

    /** A kept request, read back. */
    <T> T read(PendingOperation pending, Class<T> type) {
        return read(pending.request, type);
    }

    /**
     * What a kept request was made against. A request kept before this was recorded cannot be checked, so it cannot
     * be approved: it is rejected or withdrawn, and requested again (409).
     */
    HeldAgainst heldAgainst(PendingOperation pending) {
        if (pending.heldAgainst == null) {
            throw new ProblemException(ProblemType.CUSTODY_CONFLICT, null, "problem.custody.held-before-checks");
        }
        return read(pending.heldAgainst, HeldAgainst.class);
    }

    private <T> T read(String kept, Class<T> type) {
        try {
            return json.readValue(kept, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A kept request could not be read back", e);
        }
    }

    private String write(Object request) {
        try {
            return json.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not keep the request", e);
        }
    }
}
