package org.stockpile.key;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.stockpile.person.Person;
import org.stockpile.person.PersonService;
import org.stockpile.security.CurrentUser;
import org.stockpile.site.Site;
import org.stockpile.site.SiteService;
import org.stockpile.site.StorageLocation;
import org.stockpile.site.StorageLocationService;
import org.stockpile.system.Idempotency;
import org.stockpile.system.Messages;
import org.stockpile.system.RecordValidator;
import org.stockpile.system.RegistryRecord;
import org.stockpile.system.TagCode;
import org.stockpile.system.paging.Filter;
import org.stockpile.system.paging.Page;
import org.stockpile.system.paging.PageRequest;
import org.stockpile.system.problem.ProblemException;

/**
 * The key register: each key and copy of a site, who holds it, and every handover. A handover is recorded by
 * scanning the key and the receiving person's badge; where national policy requires a count at every change of
 * holder, the handover opens one (or joins the count already open at the site). Keys are seen within scope.
 */
@ApplicationScoped
public class KeyRegister {

    private static final Messages.Key KEY = new Messages.Key("record.key");
    private static final Map<String, String> SORTABLE = Map.of("id", "k.id", "opens", "k.opens", "siteCode",
            "k.site.code", "heldSince", "k.heldSince");
    private static final Map<String, String> HANDOVER_SORTABLE = Map.of("id", "h.id", "handedAt", "h.handedAt");

    private final SiteKeyRepository keys;
    private final KeyHandoverRepository handovers;
    private final SiteService sites;
    private final StorageLocationService locations;
    private final PersonService people;
    private final RecordValidator validator;
    private final HandoverCount count;
    private final Idempotency idempotency;
    private final CurrentUser user;
    private final Clock clock;
    private final boolean countAtHandover;

    KeyRegister(SiteKeyRepository keys, KeyHandoverRepository handovers, SiteService sites,
            StorageLocationService locations, PersonService people, RecordValidator validator, HandoverCount count,
            Idempotency idempotency, CurrentUser user, Clock clock,
            @ConfigProperty(name = "stockpile.keys.count-at-handover") boolean countAtHandover) {
        this.keys = keys;
        this.handovers = handovers;
        this.sites = sites;
        this.locations = locations;
        this.people = people;
        this.validator = validator;
        this.count = count;
        this.idempotency = idempotency;
        this.user = user;
        this.clock = clock;
        this.countAtHandover = countAtHandover;
    }

    /** Which keys to list: at a site, in use or retired. */
    public record Criteria(String siteCode, RegistryRecord.Status status) {
    }

    public Page<KeyViews.KeyView> list(Criteria criteria, PageRequest page) {
        Filter filter = new Filter().within(user.scope(), "k.site").equal("k.site.code", criteria.siteCode())
                .equal("k.status", criteria.status());
        return Page.of(keys.find("from SiteKey k join fetch k.site left join fetch k.storageLocation "
                + "left join fetch k.holder where " + filter.query(), page.toSort(SORTABLE, "opens"),
                filter.parameters()), page, KeyViews.KeyView::of);
    }

    public KeyViews.KeyView get(long id) {
        return KeyViews.KeyView.of(requireVisible(id, LockModeType.NONE));
    }

    /** A key's handovers, oldest first. */
    public Page<KeyViews.HandoverView> handovers(long id, PageRequest page) {
        SiteKey key = requireVisible(id, LockModeType.NONE);
        return Page.of(handovers.find("from KeyHandover h join fetch h.key k join fetch k.site "
                + "left join fetch h.fromHolder join fetch h.toHolder where h.key = ?1",
                page.toSort(HANDOVER_SORTABLE, "handedAt"), key), page, KeyViews.HandoverView::of);
    }

    /**
     * Registers keys at a site (201): as many copies of what they open as are being labelled now, numbered after the
     * copies already registered. Each copy gets its own tag, and no holder until it is first handed over.
     */
    @Transactional
    public List<KeyViews.KeyView> register(KeyRequests.Registration registration) {
        Site site = sites.requireActiveVisibleByCode("siteCode", registration.siteCode());
        String opens = registration.opens().strip();
        int copies = registration.copies() == null ? 1 : registration.copies();
        int registered = keys.getEntityManager().createQuery("select coalesce(max(k.copyNumber), 0) from SiteKey k "
                + "where k.site = ?1 and k.opens = ?2", Integer.class).setParameter(1, site).setParameter(2, opens)
                .getSingleResult();
        if (registered + copies > SiteKey.MAX_COPIES) {
            throw ProblemException.rule("copies", "problem.key.too-many-copies", SiteKey.MAX_COPIES, registered);
        }
        StorageLocation location = registration.locationTag() == null ? null
                : locations.requireScanned(site, "locationTag", registration.locationTag());
        List<SiteKey> added = new ArrayList<>();
        for (int copy = registered + 1; copy <= registered + copies; copy++) {
            SiteKey key = new SiteKey();
            key.site = site;
            key.opens = opens;
            key.copyNumber = copy;
            key.storageLocation = location;
            validator.requireValid(key);
            keys.persist(key);
            added.add(key);
        }
        keys.flush();
        return added.stream().map(KeyViews.KeyView::of).toList();
    }

    /** Retires a key that is lost, destroyed or no longer opens anything; its handovers stay. */
    @Transactional
    public KeyViews.KeyView retire(long id, String reason) {
        SiteKey key = requireVisible(id, LockModeType.PESSIMISTIC_WRITE);
        key.retire(reason, user.name());
        keys.flush();
        return KeyViews.KeyView.of(key);
    }

    /**
     * Records a key passing to the person whose badge was scanned (201), and opens the count national policy calls
     * for; a retry with the same idempotency key gets the first answer.
     */
    @Transactional
    public Idempotency.Answer handOver(KeyRequests.Handover request, String idempotencyKey) {
        var first = idempotency.claim(user.name(), idempotencyKey, List.of("key-handover", request));
        if (first.isPresent()) {
            return first.get();
        }
        // Locked, so that two handovers of one key are recorded one after the other, each from the holder before it.
        SiteKey key = requireScanned(request.keyTag());
        Person person = people.requireScanned("personTag", request.personTag(), LockModeType.PESSIMISTIC_READ);
        KeyHandover handover = key.handTo(person, OffsetDateTime.now(clock), user.name());
        if (countAtHandover) {
            handover.stocktakeId = count.countFor(key);
        }
        handovers.persist(handover);
        keys.flush();
        return idempotency.complete(user.name(), idempotencyKey, 201, KeyViews.HandoverView.of(handover));
    }

    /** The active or retired key whose tag was scanned, at a site in scope, write-locked; 422 otherwise. */
    private SiteKey requireScanned(String scanned) {
        TagCode tag = TagCode.parse(scanned);
        SiteKey key = tag.kind() == TagCode.Kind.KEY ? keys.findById(tag.number(), LockModeType.PESSIMISTIC_WRITE)
                : null;
        if (key == null || !sites.isVisible(key.site)) {
            throw ProblemException.unknownReference("keyTag", scanned);
        }
        return key;
    }

    private SiteKey requireVisible(long id, LockModeType lock) {
        return keys.findByIdOptional(id, lock).filter(key -> sites.isVisible(key.site))
                .orElseThrow(() -> ProblemException.notFound(KEY, id));
    }
}
