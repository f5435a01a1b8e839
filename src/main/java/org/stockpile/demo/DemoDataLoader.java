package org.stockpile.demo;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.stockpile.custody.EventHash;
import org.stockpile.training.Certificates;

import io.quarkus.runtime.StartupEvent;

/**
 * Loads the demo dataset into an empty database at start-up when {@code stockpile.demo.enabled} is set (dev mode
 * and tests). A database that already holds regions is left as it is, so a restart keeps what was done.
 * Rows are written with batched JDBC, with a RECEIPT event per weapon in its site's chain: 28,000 weapons take
 * about two seconds.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);
    private static final int BATCH = 1000;
    private static final String DEMO_USER = "demo-data";
    private static final String RECEIPT_REASON = "Inventaire initial (données de démonstration)";

    private final DataSource dataSource;
    private final Clock clock;
    private final boolean enabled;
    private final double scale;

    DemoDataLoader(DataSource dataSource, Clock clock, @ConfigProperty(name = "stockpile.demo.enabled") boolean enabled,
            @ConfigProperty(name = "stockpile.demo.scale") double scale) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.enabled = enabled;
        this.scale = scale;
    }

    void onStart(@Observes StartupEvent event) throws SQLException {
        if (enabled) {
            loadIfEmpty();
        }
    }

    public void loadIfEmpty() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            if (hasRegions(connection)) {
                LOG.debug("Demo data not loaded: the database already holds data");
                return;
            }
            long started = System.nanoTime();
            DemoDataset dataset = DemoDataset.generate(scale, LocalDate.now(clock));
            write(connection, dataset);
            connection.commit();
            try (Statement statement = connection.createStatement()) {
                // Fresh statistics, so that the first queries are planned for the rows just written.
                statement.execute("analyze");
            }
            LOG.infof("Demo data loaded (scale %s) in %d ms: %d sites, %d persons, %d weapons, %d ammunition lots, "
                    + "%d keys", scale, (System.nanoTime() - started) / 1_000_000, dataset.sites.size(),
                    dataset.persons.size(), dataset.weapons.size(), dataset.ammunitionLots.size(),
                    dataset.keys.size());
        }
    }

    private static boolean hasRegions(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select exists (select 1 from region)")) {
            result.next();
            return result.getBoolean(1);
        }
    }

    private static void write(Connection connection, DemoDataset d) throws SQLException {
        insert(connection, "insert into region (id, code, name) values (?, ?, ?)", d.regions,
                (s, r) -> set(s, r.id(), r.code(), r.name()));
        insert(connection, "insert into force (id, code, name) values (?, ?, ?)", d.forces,
                (s, f) -> set(s, f.id(), f.code(), f.name()));
        insert(connection, "insert into unit (id, code, name) values (?, ?, ?)", d.units,
                (s, u) -> set(s, u.id(), u.code(), u.name()));
        insert(connection, "insert into site (id, code, name, kind, force_id, region_id, latitude, longitude) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?)", d.sites,
                (s, x) -> set(s, x.id(), x.code(), x.name(), x.kind(), x.forceId(), x.regionId(), x.latitude(),
                        x.longitude()));
        insert(connection, "insert into site_licence_limit (site_id, hazard_division, max_neq_kg) values (?, ?, ?)",
                d.licenceLimits, (s, l) -> set(s, l.siteId(), l.hazardDivision(), l.maxNeqKg()));
        insert(connection, "insert into storage_location (id, site_id, code, kind, description) "
                + "values (?, ?, ?, ?, ?)", d.storageLocations,
                (s, l) -> set(s, l.id(), l.siteId(), l.code(), l.kind(), l.description()));
        insert(connection, "insert into person (id, service_number, given_names, family_name, rank, force_id, unit, "
                + "site_id, badge_code, account) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", d.persons,
                (s, p) -> set(s, p.id(), p.serviceNumber(), p.givenNames(), p.familyName(), p.rank(), p.forceId(),
                        p.unit(), p.siteId(), p.badgeCode(), p.account()));
        insert(connection, "insert into weapon (id, type, manufacturer, model, calibre, manufacturer_serial, "
                + "national_serial, ownership_mark, country_of_manufacture, year_of_manufacture, country_of_import, "
                + "year_of_import, marking_locations, owning_force_id, site_id, storage_location_id, state, "
                + "condition) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'IN_STORE', 'SERVICEABLE')",
                d.weapons,
                (s, w) -> set(s, w.id(), w.type(), w.manufacturer(), w.model(), w.calibre(), w.manufacturerSerial(),
                        w.nationalSerial(), w.ownershipMark(), w.countryOfManufacture(), w.yearOfManufacture(),
                        w.countryOfImport(), w.yearOfImport(), w.markingLocations(), w.owningForceId(), w.siteId(),
                        w.storageLocationId()));
        insert(connection, "insert into ammunition_item (id, item_code, nomenclature, calibre, un_number, "
                + "hazard_division, compatibility_group, neq_per_unit_kg) values (?, ?, ?, ?, ?, ?, ?, ?)",
                d.ammunitionItems,
                (s, i) -> set(s, i.id(), i.itemCode(), i.nomenclature(), i.calibre(), i.unNumber(), i.hazardDivision(),
                        i.compatibilityGroup(), i.neqPerUnitKg()));
        insert(connection, "insert into ammunition_lot (id, item_id, lot_number, manufacture_date, expiry_date, "
                + "next_surveillance_date, condition) values (?, ?, ?, ?, ?, ?, ?)", d.ammunitionLots,
                (s, l) -> set(s, l.id(), l.itemId(), l.lotNumber(), Date.valueOf(l.manufactureDate()),
                        Date.valueOf(l.expiryDate()), Date.valueOf(l.nextSurveillanceDate()), l.condition()));
        receipts(connection, d);
        training(connection, d.training);
        keys(connection, d.keys);
        // Rows were written with their ids: move each identity past them so that new records do not collide.
        try (Statement statement = connection.createStatement()) {
            for (String table : List.of("region", "force", "unit", "site", "storage_location", "person", "weapon",
                    "ammunition_item", "ammunition_lot", "course", "training_session", "enrolment", "certificate",
                    "site_key")) {
                statement.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), "
                        + "(select coalesce(max(id), 0) + 1 from " + table + "), false)");
            }
            statement.execute("select setval('certificate_number_seq', (select count(*) + 1 from certificate), false)");
        }
    }

    /**
     * Every demo weapon, and each lot the storehouses hold, arrives by a RECEIPT event linked into its site's hash
     * chain exactly as the ledger links events, so that histories start at the beginning and the chains verify.
     */
    private static void receipts(Connection connection, DemoDataset d) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        Map<Long, String> siteCodes = new HashMap<>();
        d.sites.forEach(site -> siteCodes.put(site.id(), site.code()));
        // Weapons arrive in store at their racks; the storehouses' ammunition arrives in store, a lot at a time.
        List<Receipt> receipts = new ArrayList<>();
        d.weapons.forEach(w -> receipts.add(new Receipt(w.siteId(), w.id(), w.storageLocationId(), null, null)));
        d.stock.forEach(lot -> receipts.add(new Receipt(lot.siteId(), null, null, lot.lotId(), lot.quantity())));
        Map<Long, Long> sequence = new TreeMap<>();
        Map<Long, String> lastHash = new HashMap<>();
        List<Object[]> events = new ArrayList<>();
        for (Receipt receipt : receipts) {
            long site = receipt.siteId();
            long seq = sequence.merge(site, 1L, Long::sum);
            UUID operation = UUID.nameUUIDFromBytes(("demo receipt " + siteCodes.get(site))
                    .getBytes(StandardCharsets.UTF_8));
            String toState = receipt.weaponId() == null ? null : "IN_STORE";
            EventHash.Fields fields = EventHash.event(site, seq, operation, "RECEIPT").weapon(receipt.weaponId())
                    .lot(receipt.lotId(), receipt.quantity(), null).states(null, toState)
                    .storageLocation(receipt.locationId()).texts(RECEIPT_REASON, null, null, null)
                    .people(DEMO_USER, null).linked(now, lastHash.getOrDefault(site, EventHash.GENESIS));
            String hash = EventHash.of(fields);
            lastHash.put(site, hash);
            events.add(new Object[] { operation, site, seq, receipt.weaponId(), toState, receipt.locationId(),
                receipt.lotId(), receipt.quantity(), fields.previousHash(), hash });
        }
        insert(connection, "insert into custody_event (operation_id, site_id, site_seq, type, weapon_id, to_state, "
                + "storage_location_id, lot_id, quantity, reason, requested_by, server_time, previous_hash, hash) "
                + "values (?, ?, ?, 'RECEIPT', ?, ?, ?, ?, ?, '" + RECEIPT_REASON + "', '" + DEMO_USER + "', ?, ?, ?)",
                events, (s, e) -> set(s, e[0], e[1], e[2], e[3], e[4], e[5], e[6], e[7], now, e[8], e[9]));
        insert(connection, "insert into ammunition_stock (lot_id, site_id, quantity) values (?, ?, ?)", d.stock,
                (s, stock) -> set(s, stock.lotId(), stock.siteId(), stock.quantity()));
        insert(connection, "insert into site_chain (site_id, last_seq, last_hash) values (?, ?, ?)",
                List.copyOf(sequence.keySet()), (s, site) -> set(s, site, sequence.get(site), lastHash.get(site)));
    }

    /**
     * The catalogue, and the sessions with their trainees, attendance (present every day), results and the
     * certificates they gave, each with a fresh verification code.
     */
    private static void training(Connection connection, DemoTraining t) throws SQLException {
        insert(connection, "insert into course (id, code, title_fr, title_en, length_days, validity_months) "
                + "values (?, ?, ?, ?, ?, ?)", DemoTraining.COURSES,
                (s, c) -> set(s, c.id(), c.code(), c.titleFr(), c.titleEn(), c.lengthDays(), c.validityMonths()));
        List<Object[]> roles = new ArrayList<>();
        List<Object[]> types = new ArrayList<>();
        DemoTraining.COURSES.forEach(c -> {
            c.roles().forEach(role -> roles.add(new Object[] { c.id(), role }));
            c.weaponTypes().forEach(type -> types.add(new Object[] { c.id(), type }));
        });
        insert(connection, "insert into course_authorised_role (course_id, role) values (?, ?)", roles,
                (s, r) -> set(s, r));
        insert(connection, "insert into course_weapon_type (course_id, weapon_type) values (?, ?)", types,
                (s, r) -> set(s, r));
        insert(connection, "insert into training_session (id, course_id, site_id, region_id, starts_on, ends_on, "
                + "capacity, status, closed_at, closed_by, created_by) values (?, ?, ?, ?, ?, ?, ?, 'CLOSED', ?, "
                + "'trainer', 'trainer')", t.sessions,
                (s, x) -> set(s, x.id(), x.courseId(), x.siteId(), x.regionId(), Date.valueOf(x.startsOn()),
                        Date.valueOf(x.endsOn()), x.capacity(), closing(x.endsOn())));
        insert(connection, "insert into training_session_trainer (session_id, person_id) values (?, ?)", t.sessions,
                (s, x) -> set(s, x.id(), x.trainerId()));
        Map<Long, DemoTraining.Session> sessions = new HashMap<>();
        t.sessions.forEach(x -> sessions.put(x.id(), x));
        insert(connection, "insert into enrolment (id, session_id, person_id, enrolled_by, enrolled_at, score, "
                + "outcome, result_recorded_by, result_recorded_at) values (?, ?, ?, 'trainer', ?, ?, ?, 'trainer', ?)",
                t.enrolments,
                (s, e) -> set(s, e.id(), e.sessionId(), e.personId(),
                        closing(sessions.get(e.sessionId()).startsOn().minusDays(7)), e.score(),
                        e.passed() ? "PASSED" : "FAILED", closing(sessions.get(e.sessionId()).endsOn())));
        List<Object[]> attendance = new ArrayList<>();
        t.enrolments.forEach(e -> sessions.get(e.sessionId()).startsOn()
                .datesUntil(sessions.get(e.sessionId()).endsOn().plusDays(1))
                .forEach(day -> attendance.add(new Object[] { e.id(), Date.valueOf(day), closing(day) })));
        insert(connection, "insert into attendance (enrolment_id, day, present, recorded_by, recorded_at) "
                + "values (?, ?, true, 'trainer', ?)", attendance, (s, a) -> set(s, a));
        insert(connection, "insert into certificate (id, number, verification_code, person_id, course_id, "
                + "enrolment_id, issued_on, valid_through, issued_by, issued_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, 'trainer', ?)", t.certificates,
                (s, c) -> set(s, c.id(), Certificates.number("ML", c.issuedOn().getYear(), c.number()),
                        Certificates.newVerificationCode(), c.personId(), c.courseId(), c.enrolmentId(),
                        Date.valueOf(c.issuedOn()), Date.valueOf(c.validThrough()), closing(c.issuedOn())));
        List<Object[]> certificateRoles = new ArrayList<>();
        List<Object[]> certificateTypes = new ArrayList<>();
        t.certificates.forEach(c -> {
            c.roles().forEach(role -> certificateRoles.add(new Object[] { c.id(), role }));
            c.weaponTypes().forEach(type -> certificateTypes.add(new Object[] { c.id(), type }));
        });
        insert(connection, "insert into certificate_authorised_role (certificate_id, role) values (?, ?)",
                certificateRoles, (s, r) -> set(s, r));
        insert(connection, "insert into certificate_weapon_type (certificate_id, weapon_type) values (?, ?)",
                certificateTypes, (s, r) -> set(s, r));
    }

    /** The key register, each held key handed to its holder a month ago by the demo's first handover. */
    private static void keys(Connection connection, List<DemoDataset.SiteKey> keys) throws SQLException {
        OffsetDateTime handed = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).minusDays(30);
        insert(connection, "insert into site_key (id, site_id, opens, copy_number, storage_location_id, holder_id, "
                + "held_since) values (?, ?, ?, ?, ?, ?, ?)", keys,
                (s, k) -> set(s, k.id(), k.siteId(), k.opens(), k.copyNumber(), k.storageLocationId(), k.holderId(),
                        k.holderId() == null ? null : handed));
        insert(connection, "insert into key_handover (key_id, to_holder_id, handed_at, recorded_by) "
                + "values (?, ?, ?, '" + DEMO_USER + "')", keys.stream().filter(k -> k.holderId() != null).toList(),
                (s, k) -> set(s, k.id(), k.holderId(), handed));
    }

    /** The end of a demo training day, when its records were written. */
    private static OffsetDateTime closing(LocalDate day) {
        return day.atTime(17, 0).atOffset(ZoneOffset.UTC);
    }

    /** What arrives by a demo receipt: a weapon (at its rack) or a quantity of a lot. */
    private record Receipt(long siteId, Long weaponId, Long locationId, Long lotId, Long quantity) {
    }

    @FunctionalInterface
    private interface Binder<T> {
        void bind(PreparedStatement statement, T row) throws SQLException;
    }

    private static <T> void insert(Connection connection, String sql, List<T> rows, Binder<T> binder)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int pending = 0;
            for (T row : rows) {
                binder.bind(statement, row);
                statement.addBatch();
                if (++pending == BATCH) {
                    statement.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                statement.executeBatch();
            }
        }
    }

    private static void set(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }
}
