package org.stockpile.tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stockpile.ammo.AmmunitionLotRepository;
import org.stockpile.key.SiteKeyRepository;
import org.stockpile.person.PersonRepository;
import org.stockpile.site.SiteService;
import org.stockpile.site.StorageLocationRepository;
import org.stockpile.system.InvalidTagException;
import org.stockpile.system.Messages;
import org.stockpile.system.TagCode;
import org.stockpile.system.problem.ProblemException;
import org.stockpile.system.problem.ProblemType;
import org.stockpile.weapon.WeaponRepository;
import org.stockpile.weapon.WeaponService;

/**
 * What a tag labels. A tag the caller may not see (another site's weapon, person or rack) resolves as one that
 * does not exist.
 */
@ApplicationScoped
public class TagService {

    private static final Messages.Key TAG = new Messages.Key("record.tag");

    /** A labelled record, with the two lines a label prints under the code. */
    public record TagView(String code, TagCode.Kind kind, long id, @Schema(nullable = true) String siteCode,
            String title, @Schema(nullable = true) String subtitle) {
    }

    private final WeaponRepository weapons;
    private final WeaponService weaponService;
    private final StorageLocationRepository locations;
    private final PersonRepository persons;
    private final AmmunitionLotRepository lots;
    private final SiteKeyRepository keys;
    private final SiteService sites;

    TagService(WeaponRepository weapons, WeaponService weaponService, StorageLocationRepository locations,
            PersonRepository persons, AmmunitionLotRepository lots, SiteKeyRepository keys, SiteService sites) {
        this.weapons = weapons;
        this.weaponService = weaponService;
        this.locations = locations;
        this.persons = persons;
        this.lots = lots;
        this.keys = keys;
        this.sites = sites;
    }

    public TagView resolve(String scanned) {
        TagCode tag = TagCode.parse(scanned);
        TagView view = resolveAll(List.of(tag)).get(tag);
        if (view == null) {
            throw ProblemException.notFound(TAG, tag.value());
        }
        return view;
    }

    /** The records behind {@code tags}, looked up with one query per kind; tags not found or not visible are absent. */
    public Map<TagCode, TagView> resolveAll(List<TagCode> tags) {
        Map<TagCode.Kind, List<Long>> idsByKind = tags.stream().collect(Collectors.groupingBy(TagCode::kind,
                Collectors.mapping(TagCode::number, Collectors.toList())));
        Map<TagCode, TagView> found = new HashMap<>();
        idsByKind.forEach((kind, ids) -> {
            List<TagView> views = switch (kind) {
                case WEAPON -> weapons.find("id in ?1", ids).stream().filter(weaponService::isVisible)
                        .map(w -> new TagView(tag(kind, w.id), kind, w.id, w.site.code, w.model + " — "
                                + w.manufacturerSerial, join(w.nationalSerial, w.site.code)))
                        .toList();
                case STORAGE_LOCATION -> locations.find("id in ?1", ids).stream()
                        .filter(l -> sites.isVisible(l.site))
                        .map(l -> new TagView(tag(kind, l.id), kind, l.id, l.site.code, l.site.code + " · " + l.code,
                                l.description))
                        .toList();
                case PERSON -> persons.find("id in ?1", ids).stream().filter(p -> sites.isVisible(p.site))
                        .map(p -> new TagView(tag(kind, p.id), kind, p.id, p.site.code,
                                join(p.rank, p.fullName()), p.serviceNumber))
                        .toList();
                case AMMUNITION_LOT -> lots.find("id in ?1", ids).stream()
                        .map(l -> new TagView(tag(kind, l.id), kind, l.id, null, l.item.nomenclature,
                                l.item.itemCode + " · " + l.lotNumber))
                        .toList();
                case KEY -> keys.find("id in ?1", ids).stream().filter(k -> sites.isVisible(k.site))
                        .map(k -> new TagView(tag(kind, k.id), kind, k.id, k.site.code, k.opens,
                                k.site.code + " · " + k.copyNumber))
                        .toList();
            };
            views.forEach(view -> found.put(TagCode.of(kind, view.id()), view));
        });
        return found;
    }

    /**
     * Resolves every tag of a print run, in order and with repeats (two labels for one weapon are two labels),
     * refusing the run if any tag is malformed or unknown, listing each.
     */
    public List<TagView> requireAll(List<String> scanned, int max) {
        if (scanned == null || scanned.isEmpty() || scanned.size() > max) {
            throw ProblemException.rule("tags", "problem.labels.count", max);
        }
        List<TagCode> tags = new ArrayList<>();
        List<ProblemException.Item> invalid = new ArrayList<>();
        for (String text : scanned) {
            try {
                tags.add(TagCode.parse(text));
            } catch (InvalidTagException e) {
                invalid.add(e.asItem());
            }
        }
        Map<TagCode, TagView> found = resolveAll(tags);
        tags.stream().filter(tag -> !found.containsKey(tag)).distinct().forEach(tag -> invalid
                .add(new ProblemException.Item(tag.value(), null, null, "problem.labels.unknown-tag")));
        if (!invalid.isEmpty()) {
            throw new ProblemException(ProblemType.INVALID_TAG, "tags", invalid, "problem.custody.refused",
                    invalid.size());
        }
        return tags.stream().map(found::get).toList();
    }

    private static String tag(TagCode.Kind kind, long id) {
        return TagCode.of(kind, id).value();
    }

    private static String join(String first, String second) {
        return first == null || first.isBlank() ? second : first + " · " + second;
    }
}
