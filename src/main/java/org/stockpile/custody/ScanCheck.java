package org.stockpile.custody;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.stockpile.ammo.AmmunitionLot;
import org.stockpile.ammo.AmmunitionLotRepository;
import org.stockpile.person.Person;
import org.stockpile.person.PersonRepository;
import org.stockpile.site.SiteService;
import org.stockpile.site.StorageLocation;
import org.stockpile.site.StorageLocationRepository;
import org.stockpile.system.InvalidTagException;
import org.stockpile.system.Messages;
import org.stockpile.system.TagCode;
import org.stockpile.weapon.Weapon;
import org.stockpile.weapon.WeaponRepository;
import org.stockpile.weapon.WeaponService;

/**
 * What the counter knows of each code as it is scanned, before any operation is sent: whether it is a tag at all
 * (its shape and check character), what it labels (a weapon, a badge, a storage location), whether the clerk may see
 * it (another site's record is "unknown", as the API answers it), and the weapon's state and holder. A code already
 * on the list, a second badge or a second location is refused with its reason, never silently dropped.
 */
@ApplicationScoped
public class ScanCheck {

    /** One line of the counter's list. {@code refusal} is the reason, in the clerk's language, or null. */
    public record ScannedItem(String code, TagCode.Kind kind, String refusal, String title, String subtitle,
            Weapon.State state, String holder, String siteCode) {

        public boolean accepted() {
            return refusal == null;
        }

        public boolean isWeapon() {
            return kind == TagCode.Kind.WEAPON;
        }

        public boolean isBadge() {
            return kind == TagCode.Kind.PERSON;
        }

        public boolean isLocation() {
            return kind == TagCode.Kind.STORAGE_LOCATION;
        }
    }

    private final WeaponRepository weapons;
    private final WeaponService weaponService;
    private final PersonRepository persons;
    private final StorageLocationRepository locations;
    private final SiteService sites;
    private final AmmunitionLotRepository lots;
    private final Messages messages;

    ScanCheck(WeaponRepository weapons, WeaponService weaponService, PersonRepository persons,
            StorageLocationRepository locations, SiteService sites, AmmunitionLotRepository lots,
            Messages messages) {
        this.weapons = weapons;
        this.weaponService = weaponService;
        this.persons = persons;
        this.locations = locations;
        this.sites = sites;
        this.lots = lots;
        this.messages = messages;
    }

    /**
     * Every scanned code of a list, in order, each checked as if scanned after the ones before it; the records are
     * read with one query per kind of tag.
     */
    public List<ScannedItem> checkAll(List<String> scanned) {
        List<Object> parsed = scanned.stream().map(ScanCheck::parse).toList();
        List<TagCode> tags = parsed.stream().filter(TagCode.class::isInstance).map(TagCode.class::cast).toList();
        Records found = new Records(tags);
        List<ScannedItem> items = new ArrayList<>();
        Set<TagCode> seen = new HashSet<>();
        boolean badge = false;
        boolean location = false;
        for (int i = 0; i < scanned.size(); i++) {
            ScannedItem item = parsed.get(i) instanceof TagCode tag
                    ? describe(tag, found, seen.add(tag), badge, location)
                    : notATag(scanned.get(i), (InvalidTagException) parsed.get(i));
            items.add(item);
            badge |= item.accepted() && item.isBadge();
            location |= item.accepted() && item.isLocation();
        }
        return items;
    }

    /**
     * Every scanned code of an ammunition list, in order: a lot of the national catalogue, each once. Lots are not
     * held by one site, so any lot may be scanned; what a site holds of it is the operation's to check.
     */
    public List<ScannedItem> checkLots(List<String> scanned) {
        List<Object> parsed = scanned.stream().map(ScanCheck::parse).toList();
        List<Long> ids = parsed.stream().filter(TagCode.class::isInstance).map(TagCode.class::cast)
                .filter(tag -> tag.kind() == TagCode.Kind.AMMUNITION_LOT).map(TagCode::number).toList();
        Map<Long, AmmunitionLot> found = new HashMap<>();
        if (!ids.isEmpty()) {
            lots.<AmmunitionLot>find("id in ?1", ids).list().forEach(lot -> found.put(lot.id, lot));
        }
        Set<TagCode> seen = new HashSet<>();
        List<ScannedItem> items = new ArrayList<>();
        for (int i = 0; i < scanned.size(); i++) {
            if (!(parsed.get(i) instanceof TagCode tag)) {
                items.add(notATag(scanned.get(i), (InvalidTagException) parsed.get(i)));
            } else if (tag.kind() != TagCode.Kind.AMMUNITION_LOT) {
                items.add(refused(tag.value(), tag.kind(), messages.get("scan.not-a-lot", tag.value())));
            } else if (!seen.add(tag)) {
                items.add(refused(tag.value(), tag.kind(), messages.get("scan.duplicate", tag.value())));
            } else {
                AmmunitionLot lot = found.get(tag.number());
                items.add(lot == null ? unknown(tag) : new ScannedItem(tag.value(), tag.kind(), null,
                        lot.item.nomenclature, lot.item.itemCode + " · " + lot.lotNumber, null, null, null));
            }
        }
        return items;
    }

    /** The line of a code scanned onto a list already holding {@code max}: refused, the list takes no more. */
    public ScannedItem listFull(String scanned, int max) {
        return refused(String.valueOf(scanned), null, messages.get("scan.too-many", max));
    }

    private static Object parse(String scanned) {
        try {
            return TagCode.parse(scanned);
        } catch (InvalidTagException e) {
            return e;
        }
    }

    private ScannedItem describe(TagCode tag, Records found, boolean first, boolean badgeBefore,
            boolean locationBefore) {
        String code = tag.value();
        if (!first) {
            return refused(code, tag.kind(), messages.get("scan.duplicate", code));
        }
        return switch (tag.kind()) {
            case WEAPON -> {
                Weapon weapon = found.weapons.get(tag.number());
                yield weapon == null ? unknown(tag)
                        : new ScannedItem(code, tag.kind(), null, weapon.model, serials(weapon), weapon.state,
                                weapon.holder == null ? null : name(weapon.holder), weapon.site.code);
            }
            case PERSON -> {
                Person person = found.persons.get(tag.number());
                if (person == null) {
                    yield unknown(tag);
                }
                yield badgeBefore ? refused(code, tag.kind(), messages.get("scan.second-badge"))
                        : new ScannedItem(code, tag.kind(), null, name(person), person.serviceNumber, null, null,
                                person.site.code);
            }
            case STORAGE_LOCATION -> {
                StorageLocation place = found.locations.get(tag.number());
                if (place == null) {
                    yield unknown(tag);
                }
                yield locationBefore ? refused(code, tag.kind(), messages.get("scan.second-location"))
                        : new ScannedItem(code, tag.kind(), null, place.site.code + " · " + place.code,
                                place.description, null, null, place.site.code);
            }
            case AMMUNITION_LOT -> refused(code, tag.kind(), messages.get("scan.lot-at-weapon-counter"));
            case KEY -> refused(code, tag.kind(), messages.get("scan.key-at-weapon-counter"));
        };
    }

    /** A code that is not a tag (its shape, or its check character), refused with what the clerk should do. */
    private ScannedItem notATag(String scanned, InvalidTagException e) {
        return refused(scanned, null, messages.get(e.detailKey(), e.arguments()));
    }

    private ScannedItem unknown(TagCode tag) {
        return refused(tag.value(), tag.kind(), messages.get("scan.unknown", tag.value()));
    }

    private static ScannedItem refused(String code, TagCode.Kind kind, String reason) {
        return new ScannedItem(code, kind, reason, null, null, null, null, null);
    }

    private static String serials(Weapon weapon) {
        return weapon.nationalSerial == null ? weapon.manufacturerSerial
                : weapon.manufacturerSerial + " · " + weapon.nationalSerial;
    }

    private static String name(Person person) {
        String name = person.fullName();
        return person.rank == null || person.rank.isBlank() ? name : person.rank + " " + name;
    }

    /** The records behind a list's tags that the clerk may use: visible, and for badges and locations active. */
    private final class Records {

        final Map<Long, Weapon> weapons;
        final Map<Long, Person> persons;
        final Map<Long, StorageLocation> locations;

        Records(List<TagCode> tags) {
            Map<TagCode.Kind, List<Long>> ids = tags.stream().collect(Collectors.groupingBy(TagCode::kind,
                    Collectors.mapping(TagCode::number, Collectors.toList())));
            weapons = byId(ids, TagCode.Kind.WEAPON, n -> ScanCheck.this.weapons.<Weapon>find("id in ?1", n).list()
                    .stream().filter(weaponService::isVisible).toList(), w -> w.id);
            persons = byId(ids, TagCode.Kind.PERSON, n -> ScanCheck.this.persons.<Person>find("id in ?1", n).list()
                    .stream().filter(p -> p.isActive() && sites.isVisible(p.site)).toList(), p -> p.id);
            locations = byId(ids, TagCode.Kind.STORAGE_LOCATION, n -> ScanCheck.this.locations
                    .<StorageLocation>find("id in ?1", n).list().stream()
                    .filter(l -> l.isActive() && sites.isVisible(l.site)).toList(), l -> l.id);
        }

        private static <T> Map<Long, T> byId(Map<TagCode.Kind, List<Long>> ids, TagCode.Kind kind,
                Function<List<Long>, List<T>> query, Function<T, Long> id) {
            List<Long> wanted = ids.get(kind);
            Map<Long, T> found = new HashMap<>();
            if (wanted != null) {
                query.apply(wanted).forEach(record -> found.put(id.apply(record), record));
            }
            return found;
        }
    }
}
