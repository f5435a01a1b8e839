package org.stockpile.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.stockpile.system.EmbeddedDatabase;
import org.stockpile.system.TagCode;

/**
 * A full count of a 30,000-weapon depot: five counters scanning its weapons at once, as fast as the service answers
 * them, then the findings asked for once all 30,000 are scanned. The depot is laid down in SQL (it stands for a
 * national depot the demo dataset does not have); the counting goes through the API as a phone's does.
 */
final class StocktakeWorkload {

    static final int WEAPONS = 30_000;
    static final int COUNTERS = 5;
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    private final EmbeddedDatabase database;
    private final URI uri;
    private final String admin;
    private final String counter;

    StocktakeWorkload(EmbeddedDatabase database, URI uri, String admin, String counter) {
        this.database = database;
        this.uri = uri;
        this.admin = admin;
        this.counter = counter;
    }

    /** The scans' and the findings' measurements. */
    List<Measurement> run(Load load, Duration duration) throws Exception {
        long site = depot();
        long location = firstLocation(site);
        List<Long> weapons = weaponsOf(site);
        String opened = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri.resolve("/api/stocktakes"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"siteCode\":\"BENCH-DEPOT\",\"scope\":\"FULL\"}"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher id = ID.matcher(opened);
        if (!id.find()) {
            throw new IllegalStateException("The depot's count did not open: " + opened);
        }
        long stocktake = Long.parseLong(id.group(1));
        String locationTag = TagCode.of(TagCode.Kind.STORAGE_LOCATION, location).value();
        AtomicInteger next = new AtomicInteger();
        List<Measurement> results = new ArrayList<>();
        results.add(load.closed("stocktake scan (30,000-weapon depot, " + COUNTERS + " counters)", COUNTERS, duration,
                () -> {
                    long weapon = weapons.get(next.getAndIncrement() % weapons.size());
                    String body = "{\"id\":\"" + UUID.randomUUID() + "\",\"weaponTag\":\""
                            + TagCode.of(TagCode.Kind.WEAPON, weapon).value() + "\",\"locationTag\":\"" + locationTag
                            + "\"}";
                    return Load.Call.of(HttpRequest.newBuilder(uri.resolve("/api/stocktakes/" + stocktake + "/scans"))
                            .header("Authorization", "Bearer " + counter).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build());
                }));
        scanTheRest(stocktake, site, location);
        results.add(load.closed("stocktake findings (30,000 scans of a 30,000-weapon book)", 1, duration,
                () -> Load.Call.of(HttpRequest.newBuilder(uri.resolve("/api/stocktakes/" + stocktake + "/findings"))
                        .header("Authorization", "Bearer " + admin).GET().build())));
        return results;
    }

    /** A depot of {@value #WEAPONS} rifles in store on one rack, made once. */
    private long depot() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("insert into site (code, name, kind, force_id, region_id, latitude, longitude) "
                    + "select 'BENCH-DEPOT', 'Dépôt national de mesure', 'ARMOURY', (select min(id) from force), "
                    + "(select min(id) from region), 12.65, -8.0 on conflict do nothing");
            long site = single(statement, "select id from site where code = 'BENCH-DEPOT'");
            statement.execute("insert into storage_location (site_id, code, kind, description) select " + site
                    + ", 'R-01', 'ROOM', 'Magasin' where not exists (select 1 from storage_location where site_id = "
                    + site + ")");
            long location = firstLocation(site);
            statement.execute("insert into weapon (type, manufacturer, model, calibre, manufacturer_serial, "
                    + "owning_force_id, site_id, storage_location_id, state, condition) select 'RIFLE', 'Izhmash', "
                    + "'AKM', '7.62x39mm', 'BENCH-' || n, (select min(id) from force), " + site + ", " + location
                    + ", 'IN_STORE', 'SERVICEABLE' from generate_series(1, " + WEAPONS + ") n where not exists "
                    + "(select 1 from weapon where site_id = " + site + ")");
            return site;
        }
    }

    private long firstLocation(long site) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            return single(statement, "select min(id) from storage_location where site_id = " + site);
        }
    }

    private List<Long> weaponsOf(long site) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select id from weapon where site_id = " + site
                        + " order by id")) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    /** Scans, as a counter would have, every weapon of the depot the timed counters did not reach. */
    private void scanTheRest(long stocktake, long site, long location) throws SQLException {
        try (Connection connection = connect(); PreparedStatement insert = connection.prepareStatement(
                "insert into stocktake_scan (id, stocktake_id, tag, weapon_id, storage_location_id, round, "
                        + "counted_by, counted_at) values (?, ?, ?, ?, ?, 0, 'bench-counter', now())")) {
            connection.setAutoCommit(false);
            for (long weapon : unscanned(connection, stocktake, site)) {
                insert.setObject(1, UUID.randomUUID());
                insert.setLong(2, stocktake);
                insert.setString(3, TagCode.of(TagCode.Kind.WEAPON, weapon).value());
                insert.setLong(4, weapon);
                insert.setLong(5, location);
                insert.addBatch();
            }
            insert.executeBatch();
            connection.commit();
        }
    }

    private static List<Long> unscanned(Connection connection, long stocktake, long site) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(
                "select id from weapon w where site_id = " + site + " and not exists (select 1 from stocktake_scan s "
                        + "where s.stocktake_id = " + stocktake + " and s.weapon_id = w.id)")) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    private static long single(Statement statement, String sql) throws SQLException {
        try (ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.username(), null);
    }
}
