package org.stockpile.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A deterministic, Mali-shaped dataset: the 11 regions, the 6 forces, 22 armouries and 3 explosive storehouses,
 * about 28,000 weapons (about 1,270 per armoury) of the models common in the region, a few hundred persons, and
 * the ammunition items and lots they use. {@code scale} multiplies the weapons, persons and lots (1 is Mali;
 * benchmarks use 10 and 100; tests use a fraction). The same scale always gives the same rows.
 */
public final class DemoDataset {

    public static final int MALI_WEAPONS = 27_990;
    static final int PERSONS_PER_ARMOURY = 12;
    static final int PERSONS_PER_STOREHOUSE = 8;
    static final int LOTS_PER_ITEM = 5;
    static final int RACKS_PER_ARMOURY = 12;
    static final int STACKS_PER_STOREHOUSE = 10;

    public record Region(long id, String code, String name, double latitude, double longitude) {
    }

    public record Force(long id, String code, String name) {
    }

    public record Unit(long id, String code, String name) {
    }

    public record Site(long id, String code, String name, String kind, long forceId, long regionId,
            BigDecimal latitude, BigDecimal longitude) {
    }

    /** Rounds of a lot in a storehouse's store, received when the demo begins. */
    public record Stock(long siteId, long lotId, long quantity) {
    }

    public record LicenceLimit(long siteId, String hazardDivision, BigDecimal maxNeqKg) {
    }

    public record StorageLocation(long id, long siteId, String code, String kind, String description) {
    }

    public record Person(long id, String serviceNumber, String givenNames, String familyName, String rank,
            long forceId, String unit, long siteId, String badgeCode, String account) {

        Person withAccount(String name) {
            return new Person(id, serviceNumber, givenNames, familyName, rank, forceId, unit, siteId, badgeCode, name);
        }
    }

    public record Weapon(long id, String type, String manufacturer, String model, String calibre,
            String manufacturerSerial, String nationalSerial, String ownershipMark, String countryOfManufacture,
            int yearOfManufacture, String countryOfImport, int yearOfImport, String markingLocations,
            long owningForceId, long siteId, long storageLocationId) {
    }

    /**
     * A key of the key register: what it opens (the site's store, or one storage location), which copy it is, and who
     * holds it (null for a copy kept in the commander's safe).
     */
    public record SiteKey(long id, long siteId, String opens, int copyNumber, Long storageLocationId, Long holderId) {
    }

    public record AmmunitionItem(long id, String itemCode, String nomenclature, String calibre, String unNumber,
            String hazardDivision, String compatibilityGroup, BigDecimal neqPerUnitKg) {
    }

    public record AmmunitionLot(long id, long itemId, String lotNumber, LocalDate manufactureDate,
            LocalDate expiryDate, LocalDate nextSurveillanceDate, String condition) {
    }

    private record Model(int weight, String type, String manufacturer, String model, String calibre,
            String country, String serialPrefix, String markings) {
    }

    private static final List<Model> MODELS = List.of(
            new Model(30, "RIFLE", "Izhmash", "AKM", "7.62x39mm", "RU", "AKM", "receiver left side, bolt carrier"),
            new Model(15, "RIFLE", "Norinco", "Type 56", "7.62x39mm", "CN", "T56", "receiver left side"),
            new Model(8, "CARBINE", "Tula Arms Plant", "SKS", "7.62x39mm", "RU", "SKS", "receiver, bolt, stock"),
            new Model(10, "RIFLE", "Heckler & Koch", "G3", "7.62x51mm", "DE", "G3-", "receiver left side"),
            new Model(8, "RIFLE", "FN Herstal", "FAL", "7.62x51mm", "BE", "FAL", "receiver left side"),
            new Model(5, "GENERAL_PURPOSE_MACHINE_GUN", "Degtyarev Plant", "PKM", "7.62x54mmR", "RU", "PKM",
                    "receiver top cover, feed tray"),
            new Model(2, "HEAVY_MACHINE_GUN", "Degtyarev Plant", "DShKM", "12.7x108mm", "RU", "DSK",
                    "receiver right side"),
            new Model(8, "PISTOL", "Izhevsk Mechanical Plant", "Makarov PM", "9x18mm", "RU", "PM",
                    "frame left side, slide"),
            new Model(7, "PISTOL", "Beretta", "92FS", "9x19mm", "IT", "B92", "frame left side, slide, barrel"),
            new Model(3, "ROCKET_LAUNCHER", "Bazalt", "RPG-7", "40mm", "RU", "RPG", "tube, sight bracket"),
            new Model(2, "MORTAR", "Hotchkiss-Brandt", "MO-60", "60mm", "FR", "M60", "barrel, base plate"),
            new Model(1, "MORTAR", "Thales", "MO-81-61", "81mm", "FR", "M81", "barrel, base plate"),
            new Model(1, "MORTAR", "Norinco", "Type 67", "82mm", "CN", "M82", "barrel, base plate"));

    private static final String[][] REGIONS = {
            { "BKO", "Bamako", "12.6392", "-8.0029" }, { "KAY", "Kayes", "14.4469", "-11.4456" },
            { "KKR", "Koulikoro", "12.8627", "-7.5599" }, { "SIK", "Sikasso", "11.3176", "-5.6665" },
            { "SEG", "Ségou", "13.4317", "-6.2157" }, { "MPT", "Mopti", "14.4843", "-4.1827" },
            { "TBK", "Tombouctou", "16.7666", "-3.0026" }, { "GAO", "Gao", "16.2666", "-0.0400" },
            { "KDL", "Kidal", "18.4411", "1.4078" }, { "MNK", "Ménaka", "15.9182", "2.4022" },
            { "TDN", "Taoudénit", "22.6783", "-3.9836" } };

    private static final String[][] FORCES = {
            { "PN", "Police nationale" }, { "GN", "Gendarmerie nationale" }, { "GDN", "Garde nationale" },
            { "FAMA", "Forces armées maliennes" }, { "OCS", "Office Central des Stupéfiants" },
            { "PC", "Protection civile" } };

    /** Formations that draw ammunition as a body. */
    private static final String[][] UNITS = {
            { "GTIA-2", "Groupement tactique interarmes 2" }, { "GTIA-4", "Groupement tactique interarmes 4" },
            { "BAT-FAMA-MPT", "Bataillon FAMa de Mopti" }, { "CIE-GN-BKO-1", "1re compagnie de gendarmerie, Bamako" },
            { "ESC-GDN-GAO", "Escadron de la Garde nationale, Gao" },
            { "ESC-GDN-TBK", "Escadron de la Garde nationale, Tombouctou" },
            { "CIE-PN-KAY", "Compagnie de police, Kayes" }, { "SEC-PC-SEG", "Section de protection civile, Ségou" } };

    /** The force of each region's two armouries, in turn, so that every force has armouries. */
    private static final int[] ARMOURY_FORCES = { 0, 1, 2, 3, 0, 3, 1, 2, 4, 5, 3 };

    private static final String[] STOREHOUSE_REGIONS = { "BKO", "MPT", "GAO" };

    private static final String[] GIVEN_NAMES = { "Moussa", "Amadou", "Oumar", "Mamadou", "Ibrahim", "Seydou",
            "Boubacar", "Issa", "Aminata", "Fatoumata", "Mariam", "Awa", "Adama", "Modibo", "Souleymane", "Hamidou",
            "Sidi", "Bakary", "Drissa", "Kadiatou", "Alassane", "Salif", "Youssouf", "Oumou" };
    private static final String[] FAMILY_NAMES = { "Traoré", "Keïta", "Coulibaly", "Diarra", "Konaté", "Touré",
            "Sangaré", "Diallo", "Cissé", "Maïga", "Sidibé", "Dembélé", "Doumbia", "Bagayoko", "Sissoko",
            "Haïdara", "Sow", "Kanté", "Ag Mohamed", "Samaké" };
    private static final String[] RANKS = { "Caporal", "Sergent", "Sergent-chef", "Adjudant", "Adjudant-chef",
            "Lieutenant", "Capitaine" };

    private static final Object[][] ITEMS = {
            { "762X39-BALL", "7.62x39 BALL", "7.62x39mm", "0012", "1.4", "S", "0.0016" },
            { "762X51-BALL", "7.62x51 BALL", "7.62x51mm", "0012", "1.4", "S", "0.0029" },
            { "762X54R-BALL", "7.62x54R BALL", "7.62x54mmR", "0012", "1.4", "S", "0.0031" },
            { "9X18-BALL", "9x18 BALL", "9x18mm", "0012", "1.4", "S", "0.00025" },
            { "9X19-BALL", "9x19 BALL", "9x19mm", "0012", "1.4", "S", "0.00035" },
            { "127X108-BALL", "12.7x108 BALL", "12.7x108mm", "0328", "1.2", "C", "0.017" },
            { "PG-7V", "PG-7V HEAT rocket", "40mm", "0181", "1.1", "E", "0.73" },
            { "60MM-HE", "Mortar bomb 60mm HE", "60mm", "0168", "1.1", "D", "0.19" },
            { "81MM-HE", "Mortar bomb 81mm HE", "81mm", "0168", "1.1", "D", "0.68" },
            { "82MM-HE", "Mortar bomb 82mm HE", "82mm", "0168", "1.1", "D", "0.40" },
            { "F1-GREN", "Hand grenade F1", "grenade", "0284", "1.1", "D", "0.06" },
            { "TNT-200G", "Demolition charge TNT 200 g", "demolition", "0209", "1.1", "D", "0.2" },
            { "DET-ELEC", "Electric detonator", "detonator", "0030", "1.1", "B", "0.001" },
            { "SMOKE-GREN", "Smoke hand grenade", "grenade", "0015", "1.2", "G", "0.05" } };

    public final List<Region> regions = new ArrayList<>();
    public final List<Force> forces = new ArrayList<>();
    public final List<Unit> units = new ArrayList<>();
    public final List<Site> sites = new ArrayList<>();
    public final List<LicenceLimit> licenceLimits = new ArrayList<>();
    public final List<StorageLocation> storageLocations = new ArrayList<>();
    public final List<Person> persons = new ArrayList<>();
    public final List<Weapon> weapons = new ArrayList<>();
    public final List<AmmunitionItem> ammunitionItems = new ArrayList<>();
    public final List<AmmunitionLot> ammunitionLots = new ArrayList<>();
    public final List<Stock> stock = new ArrayList<>();
    public final List<SiteKey> keys = new ArrayList<>();
    public DemoTraining training;

    private final Random random = new Random(20_170_601L);
    private final LocalDate today;

    private DemoDataset(LocalDate today) {
        this.today = today;
    }

    /** The dataset at {@code scale}, with dates (expiry, surveillance) spread around {@code today}. */
    public static DemoDataset generate(double scale, LocalDate today) {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("The demo scale must be positive: " + scale);
        }
        DemoDataset dataset = new DemoDataset(today);
        dataset.referenceData();
        dataset.sites();
        dataset.persons(scale);
        dataset.weapons(scale);
        dataset.ammunition(scale);
        dataset.stock();
        dataset.training = DemoTraining.generate(dataset, today, dataset.random);
        dataset.keys();
        return dataset;
    }

    private void referenceData() {
        for (String[] region : REGIONS) {
            regions.add(new Region(regions.size() + 1, region[0], region[1], Double.parseDouble(region[2]),
                    Double.parseDouble(region[3])));
        }
        for (String[] force : FORCES) {
            forces.add(new Force(forces.size() + 1, force[0], force[1]));
        }
        for (String[] unit : UNITS) {
            units.add(new Unit(units.size() + 1, unit[0], unit[1]));
        }
    }

    private void sites() {
        for (Region region : regions) {
            for (int n = 1; n <= 2; n++) {
                Force force = forces.get(ARMOURY_FORCES[(int) (region.id() + n - 2) % ARMOURY_FORCES.length]);
                addSite("ARM-" + region.code() + "-0" + n, "Armurerie " + force.code() + " " + region.name() + " "
                        + n, "ARMOURY", force, region, n);
            }
        }
        for (String code : STOREHOUSE_REGIONS) {
            Region region = regions.stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
            Site storehouse = addSite("EXS-" + code + "-01", "Dépôt d’explosifs " + region.name(),
                    "EXPLOSIVE_STOREHOUSE", forces.get(3), region, 3);
            licenceLimits.add(new LicenceLimit(storehouse.id(), "1.1", new BigDecimal("10000")));
            licenceLimits.add(new LicenceLimit(storehouse.id(), "1.2", new BigDecimal("20000")));
            licenceLimits.add(new LicenceLimit(storehouse.id(), "1.3", new BigDecimal("25000")));
            licenceLimits.add(new LicenceLimit(storehouse.id(), "1.4", new BigDecimal("50000")));
        }
    }

    private Site addSite(String code, String name, String kind, Force force, Region region, int n) {
        BigDecimal latitude = BigDecimal.valueOf(region.latitude() + 0.01 * n).setScale(6, RoundingMode.HALF_UP);
        BigDecimal longitude = BigDecimal.valueOf(region.longitude() - 0.01 * n).setScale(6, RoundingMode.HALF_UP);
        Site site = new Site(sites.size() + 1, code, name, kind, force.id(), region.id(), latitude, longitude);
        sites.add(site);
        boolean armoury = kind.equals("ARMOURY");
        int count = armoury ? RACKS_PER_ARMOURY : STACKS_PER_STOREHOUSE;
        for (int i = 1; i <= count; i++) {
            storageLocations.add(new StorageLocation(storageLocations.size() + 1, site.id(),
                    String.format("%s%02d", armoury ? "R" : "S", i), armoury ? "RACK" : "STACK",
                    armoury ? "Râtelier " + i : "Pile " + i));
        }
        storageLocations.add(new StorageLocation(storageLocations.size() + 1, site.id(), "B01", "BAY",
                armoury ? "Baie munitions" : "Baie de réception"));
        return site;
    }

    private List<Site> sitesOfKind(String kind) {
        return sites.stream().filter(site -> site.kind().equals(kind)).toList();
    }

    private void persons(double scale) {
        for (Site site : sites) {
            int count = Math.max(1, (int) Math.round(scale * (site.kind().equals("ARMOURY") ? PERSONS_PER_ARMOURY
                    : PERSONS_PER_STOREHOUSE)));
            for (int i = 0; i < count; i++) {
                addPerson(site);
            }
        }
    }

    /** A new person posted at {@code site}, of the site's force. */
    Person addPerson(Site site) {
        Force force = forces.get((int) site.forceId() - 1);
        long id = persons.size() + 1;
        Person person = new Person(id, String.format("%s-%06d", force.code(), 100_000 + id), pick(GIVEN_NAMES),
                pick(FAMILY_NAMES), pick(RANKS), force.id(), "Unité " + (1 + random.nextInt(4)), site.id(),
                String.format("B%07d", id), null);
        persons.add(person);
        return person;
    }

    private void weapons(double scale) {
        List<Site> armouries = sitesOfKind("ARMOURY");
        int total = Math.max(armouries.size(), (int) Math.round(MALI_WEAPONS * scale));
        int totalWeight = MODELS.stream().mapToInt(Model::weight).sum();
        for (int a = 0; a < armouries.size(); a++) {
            Site site = armouries.get(a);
            int count = total / armouries.size() + (a < total % armouries.size() ? 1 : 0);
            Force force = forces.get((int) site.forceId() - 1);
            long firstRack = storageLocations.stream().filter(l -> l.siteId() == site.id()).findFirst()
                    .orElseThrow().id();
            for (int i = 0; i < count; i++) {
                long id = weapons.size() + 1;
                Model model = modelAt(random.nextInt(totalWeight));
                int made = 1965 + random.nextInt(50);
                int imported = Math.min(made + random.nextInt(8), today.getYear());
                weapons.add(new Weapon(id, model.type(), model.manufacturer(), model.model(), model.calibre(),
                        String.format("%s%07d", model.serialPrefix(), id), String.format("ML-%s-%07d", force.code(), id),
                        "ML " + force.code(), model.country(), made, "ML", imported, model.markings(), force.id(),
                        site.id(), firstRack + (i % RACKS_PER_ARMOURY)));
            }
        }
    }

    private Model modelAt(int weight) {
        int remaining = weight;
        for (Model model : MODELS) {
            remaining -= model.weight();
            if (remaining < 0) {
                return model;
            }
        }
        return MODELS.get(MODELS.size() - 1);
    }

    private void ammunition(double scale) {
        for (Object[] item : ITEMS) {
            ammunitionItems.add(new AmmunitionItem(ammunitionItems.size() + 1, (String) item[0], (String) item[1],
                    (String) item[2], (String) item[3], (String) item[4], (String) item[5],
                    new BigDecimal((String) item[6])));
        }
        int lotsPerItem = Math.max(1, (int) Math.round(LOTS_PER_ITEM * scale));
        for (AmmunitionItem item : ammunitionItems) {
            for (int i = 1; i <= lotsPerItem; i++) {
                LocalDate made = today.minusYears(2 + random.nextInt(30)).withDayOfYear(1 + random.nextInt(360));
                LocalDate expiry = made.plusYears(15 + random.nextInt(11));
                LocalDate surveillance = today.plusDays(random.nextInt(900) - 180);
                String condition = random.nextInt(20) == 0 ? "UNSERVICEABLE" : "SERVICEABLE";
                ammunitionLots.add(new AmmunitionLot(ammunitionLots.size() + 1, item.id(),
                        String.format("%s-%02d-%03d", item.itemCode().substring(0, 3), made.getYear() % 100, i),
                        made, expiry, surveillance, condition));
            }
        }
    }

    /**
     * Each storehouse holds small-arms ammunition (division 1.4, group S: it mixes with anything the rules allow
     * beside it) of every serviceable lot, 5,000 to 50,000 rounds a lot, far inside its licence; other natures
     * arrive by receipts, under the storehouse rules.
     */
    private void stock() {
        for (Site storehouse : sites) {
            if (!storehouse.kind().equals("EXPLOSIVE_STOREHOUSE")) {
                continue;
            }
            for (AmmunitionLot lot : ammunitionLots) {
                AmmunitionItem item = ammunitionItems.get((int) lot.itemId() - 1);
                if (item.hazardDivision().equals("1.4") && lot.condition().equals("SERVICEABLE")
                        && lot.expiryDate().isAfter(today)) {
                    stock.add(new Stock(storehouse.id(), lot.id(), 5_000L * (1 + random.nextInt(10))));
                }
            }
        }
    }

    /**
     * Each site's key register: two copies of the store's door key, the first held by the first person posted there
     * and the second in the commander's safe, and one key of the bay. Drawn without the random generator, so that the
     * rows before them stay as they were.
     */
    private void keys() {
        for (Site site : sites) {
            boolean armoury = site.kind().equals("ARMOURY");
            String door = armoury ? "Porte de l’armurerie" : "Porte du dépôt";
            long firstPerson = persons.stream().filter(p -> p.siteId() == site.id()).findFirst().orElseThrow().id();
            long bay = storageLocations.stream().filter(l -> l.siteId() == site.id() && l.code().equals("B01"))
                    .findFirst().orElseThrow().id();
            keys.add(new SiteKey(keys.size() + 1, site.id(), door, 1, null, firstPerson));
            keys.add(new SiteKey(keys.size() + 1, site.id(), door, 2, null, null));
            keys.add(new SiteKey(keys.size() + 1, site.id(), armoury ? "Baie munitions" : "Baie de réception", 1,
                    bay, null));
        }
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
