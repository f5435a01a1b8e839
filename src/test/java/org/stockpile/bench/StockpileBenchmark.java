package org.stockpile.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.stockpile.support.CustodyTraffic;
import org.stockpile.support.ServiceProcess;
import org.stockpile.support.TokenMinter;
import org.stockpile.system.EmbeddedDatabase;
import org.stockpile.system.TagCode;
import org.stockpile.web.FormToken;

/**
 * The benchmark (./mvnw -Pbench verify): the packaged service on its own PostgreSQL, with the Mali dataset at each
 * scale of {@code bench.scales}, driven from outside; and pgbench running the same custody transaction against the
 * same server at the same concurrency, for the ratio to the physical limit. Writes its tables into
 * docs/performance.md between the benchmark markers.
 */
class StockpileBenchmark {

    private static final Duration RUN = Duration.ofSeconds(Long.getLong("bench.seconds", 30));
    /** The JIT needs thousands of requests on every path before the service runs at its steady-state speed. */
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.warmup", 60));
    private static final int CLIENTS = 16;
    private static final String PGBENCH_DATABASE = "pgbench_copy";
    /** Enough stock positions for the ammunition workload to spread over stores and lots. */
    private static final int ISSUABLE_POSITIONS = 20;
    private static final String BEGIN = "<!-- benchmark:begin -->";
    private static final String END = "<!-- benchmark:end -->";
    private static final List<String> SERVICE_JVM = List.of(System.getProperty("bench.jvm", "").split(" ")).stream()
            .filter(option -> !option.isBlank()).toList();
    /** How many times the custody workloads run, one after another on the same service: their spread is reported. */
    private static final int CUSTODY_RUNS = Integer.getInteger("bench.runs", 3);
    /**
     * {@code custody} runs the custody workloads alone (start, first minute, runs, pgbench) and leaves
     * docs/performance.md as it is: the quick loop for working on the write path. Empty runs everything.
     */
    private static final boolean CUSTODY_ONLY = "custody".equals(System.getProperty("bench.only", ""));
    /**
     * The JDK's ahead-of-time cache (JDK 25 and later, which also keeps the JIT's profiles in it): the first start
     * at the first scale is its training run, and every later start uses it. {@code -Dbench.aot=false} measures
     * without it.
     */
    private static final Path AOT_CACHE = Path.of("target", "bench-service.aot");
    private static final boolean AOT = Runtime.version().feature() >= 25
            && Boolean.parseBoolean(System.getProperty("bench.aot", "true"));

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void run() throws Exception {
        Files.deleteIfExists(AOT_CACHE);
        StringBuilder scales = new StringBuilder();
        for (String scale : System.getProperty("bench.scales", "1,10").split(",")) {
            scales.append(atScale(Double.parseDouble(scale.trim())));
            if (!CUSTODY_ONLY) {
                write(BEGIN + '\n' + machine() + scales + END);
            }
        }
        String report = BEGIN + '\n' + machine() + (CUSTODY_ONLY ? "" : embeddedStartUp()) + scales;
        if (!CUSTODY_ONLY) {
            write(report + END);
        }
        System.out.println(report);
    }

    /** The service's JVM options, with the ahead-of-time cache once it has been trained. */
    private static List<String> serviceJvm() {
        List<String> options = new ArrayList<>(SERVICE_JVM);
        if (AOT && Files.isRegularFile(AOT_CACHE)) {
            options.add("-XX:AOTCache=" + AOT_CACHE);
        }
        return options;
    }

    /**
     * A start that records the ahead-of-time cache, when there is none yet: the JVM writes it as it exits. It should
     * have run what the service runs most, so custody operations are sent to it for a while.
     */
    private static List<String> trainingJvm() {
        List<String> options = new ArrayList<>(SERVICE_JVM);
        options.add("-XX:AOTCacheOutput=" + AOT_CACHE);
        return options;
    }

    private static void train(ServiceProcess service, EmbeddedDatabase database, TokenMinter tokens) {
        CustodyTraffic traffic = CustodyTraffic.at(database.jdbcUrl(), database.username(), tokens);
        new Load(service).closed("training", CLIENTS, WARM_UP.dividedBy(2), () -> custodyCall(traffic,
                service.uri()));
    }

    private static Load.Call custodyCall(CustodyTraffic traffic, URI uri) {
        CustodyTraffic.Operation operation = traffic.next(Duration.ZERO);
        return new Load.Call(traffic.request(uri, operation),
                status -> traffic.settle(new CustodyTraffic.Outcome(operation, status, "")));
    }

    /** Puts the tables between the benchmark markers of docs/performance.md (after each scale: a long run). */
    private static void write(String report) throws IOException {
        PerformanceReport.replace(BEGIN, END, report);
    }

    private static String machine() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
        String memory = Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\s+", " ");
        return String.format(Locale.ROOT, "### Run of %s%n%n%d cores (%s), %s, Java %s (%s), service JVM options: %s; "
                + "PostgreSQL 16 (embedded binaries) with its default durability (fsync on, synchronous_commit on); "
                + "load generator, service and PostgreSQL on the same machine. Each workload runs %d s; the custody "
                + "and lookup workloads follow a warm-up (%d s of custody and %d s of lookups at %d clients).%n%n",
                LocalDate.now(), Runtime.getRuntime().availableProcessors(), cpu, memory,
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                (SERVICE_JVM.isEmpty() ? "default" : "`" + String.join(" ", SERVICE_JVM) + "`")
                        + (AOT ? ", with the JDK's ahead-of-time cache (trained by the first start at the first scale:"
                                + " custody operations)" : ""), RUN.toSeconds(),
                WARM_UP.toSeconds(), WARM_UP.dividedBy(3).toSeconds(), CLIENTS);
    }

    /** Start-up with the embedded database, as a depot laptop runs it: first start, then a normal start. */
    private String embeddedStartUp() throws IOException {
        Path data = Files.createTempDirectory("stockpile-bench-embedded");
        Map<String, String> environment = new HashMap<>(new TokenMinter().serviceEnvironment());
        environment.put("STOCKPILE_EMBEDDED_DB_DATA_DIR", data.toString());
        Duration first;
        try (ServiceProcess service = ServiceProcess.launch("bench-embedded", environment, serviceJvm(),
                ServiceProcess.freePort())) {
            first = service.awaitReady();
        }
        Duration again;
        long rss;
        try (ServiceProcess service = ServiceProcess.launch("bench-embedded", environment, serviceJvm(),
                ServiceProcess.freePort())) {
            again = service.awaitReady();
            rss = service.usage().residentBytes() / (1024 * 1024);
        }
        return String.format(Locale.ROOT, "#### Start-up with the embedded PostgreSQL (no demo data)%n%n"
                + "| start | launch to ready | service RSS when ready |%n|---|---|---|%n"
                + "| first (initdb, migrations) | %.2f s | |%n| later | %.2f s | %d MB |%n%n",
                first.toMillis() / 1000.0, again.toMillis() / 1000.0, rss);
    }

    private String atScale(double scale) throws Exception {
        StringBuilder out = new StringBuilder();
        Path data = Files.createTempDirectory("stockpile-bench-db");
        try (EmbeddedDatabase database = EmbeddedDatabase.start(data)) {
            WalActivity.time(database);
            TokenMinter tokens = new TokenMinter();
            Map<String, String> environment = new HashMap<>(ServiceProcess.environment(database.jdbcUrl(),
                    database.username(), tokens, scale));
            environment.putAll(tokens.pagesEnvironment());
            int port = ServiceProcess.freePort();
            Duration loading;
            boolean training = AOT && !Files.isRegularFile(AOT_CACHE);
            try (ServiceProcess service = ServiceProcess.launch("bench", environment,
                    training ? trainingJvm() : serviceJvm(), port)) {
                loading = service.awaitReady();
                if (training) {
                    train(service, database, tokens);
                }
            }
            copyForPgbench(database);
            Dataset dataset = Dataset.read(database);
            try (ServiceProcess service = ServiceProcess.launch("bench", environment, serviceJvm(), port)) {
                Duration ready = service.awaitReady();
                long readyRss = service.usage().residentBytes() / (1024 * 1024);
                out.append(String.format(Locale.ROOT, "#### Scale %s: %,d weapons, %,d sites%n%n"
                        + "| start | launch to ready | service RSS when ready |%n|---|---|---|%n"
                        + "| first, loading the demo dataset | %.2f s | |%n"
                        + "| later (service alone; PostgreSQL already running) | %.2f s | %d MB |%n%n",
                        scale, dataset.weapons(), dataset.sites(), loading.toMillis() / 1000.0,
                        ready.toMillis() / 1000.0, readyRss));
                out.append(workloads(service, database, tokens, dataset));
                out.append(String.format(Locale.ROOT, "Service peak RSS over the whole run (VmHWM): %d MB.%n%n",
                        service.usage().peakResidentBytes() / (1024 * 1024)));
            }
        }
        return out.toString();
    }

    private String workloads(ServiceProcess service, EmbeddedDatabase database, TokenMinter tokens, Dataset dataset)
            throws Exception {
        Load load = new Load(service);
        URI uri = service.uri();
        CustodyTraffic traffic = CustodyTraffic.at(database.jdbcUrl(), database.username(), tokens);
        Supplier<Load.Call> custody = () -> custodyCall(traffic, uri);
        List<Measurement> results = new ArrayList<>();
        // A service just started: is it as fast as it will be? (The JIT compiles the paths it runs most.)
        results.add(load.closed("custody, first 20 s after start", CLIENTS, Duration.ofSeconds(20), custody));
        results.add(load.closed("custody, 20–60 s after start", CLIENTS, Duration.ofSeconds(40), custody));
        load.closed("warm-up", CLIENTS, WARM_UP, custody);
        List<Measurement> closedRuns = new ArrayList<>();
        List<Pgbench> pgbenchRuns = new ArrayList<>();
        StringBuilder disk = new StringBuilder(WalActivity.HEADER);
        for (int run = 1; run <= CUSTODY_RUNS; run++) {
            String of = CUSTODY_RUNS > 1 ? " (run " + run + ")" : "";
            WalActivity before = WalActivity.read(database);
            Measurement closed = load.closed("custody issue/return, most it can do" + of, CLIENTS, RUN, custody);
            WalActivity afterService = WalActivity.read(database);
            closedRuns.add(closed);
            results.add(closed);
            pgbenchRuns.add(Pgbench.run(database, CLIENTS, RUN, dataset.pgbenchWeapons()));
            WalActivity afterPgbench = WalActivity.read(database);
            results.add(load.open("custody issue/return" + of, 200, RUN, custody));
            WalActivity afterOpen = WalActivity.read(database);
            disk.append(afterService.since(before).row(run, "service, " + CLIENTS + " clients"))
                    .append(afterPgbench.since(afterService).row(run, "pgbench, " + CLIENTS + " clients"))
                    .append(afterOpen.since(afterPgbench).row(run, "service, 200/s"));
        }
        String ratios = ratios(closedRuns, pgbenchRuns) + disk + "\n";
        if (CUSTODY_ONLY) {
            StringBuilder out = new StringBuilder(Measurement.header()).append('\n');
            results.forEach(r -> out.append(r.row()).append('\n'));
            return out.append(ratios).toString();
        }
        results.add(load.open("ammunition issue (storehouse)", 20, RUN, ammunitionIssues(uri, database, tokens)));
        String admin = tokens.token("bench-admin", "admin", "national");
        Map<String, String> clerks = new HashMap<>();
        dataset.sample().forEach(w -> clerks.computeIfAbsent(w.site(), tokens::clerk));
        load.closed("warm-up", CLIENTS, WARM_UP.dividedBy(3), () -> {
            Dataset.Weapon weapon = dataset.anyWeapon();
            return Load.Call.of(get(uri, "/api/tags/" + weapon.tag(), clerks.get(weapon.site())));
        });
        results.add(load.open("weapon lookup by tag", 200, RUN, () -> {
            Dataset.Weapon weapon = dataset.anyWeapon();
            return Load.Call.of(get(uri, "/api/tags/" + weapon.tag(), clerks.get(weapon.site())));
        }));
        results.add(load.open("site inventory (counts)", 20, RUN, () -> Load.Call.of(get(uri,
                "/api/custody/sites/" + dataset.anySiteId() + "/inventory", admin))));
        results.add(load.open("site weapon list, page of 50", 20, RUN, () -> {
            Dataset.Weapon weapon = dataset.anyWeapon();
            return Load.Call.of(get(uri, "/api/weapons?siteCode=" + weapon.site() + "&size=50&page="
                    + ThreadLocalRandom.current().nextInt(20), admin));
        }));
        String labelRun = "{\"tags\":[" + dataset.weaponTags(1000).stream().map(t -> '"' + t + '"')
                .collect(Collectors.joining(",")) + "],\"symbology\":\"DATA_MATRIX\",\"sheet\":\"A4\"}";
        results.add(load.closed("1,000-label PDF (A4, DataMatrix)", 1, RUN, () -> Load.Call.of(HttpRequest
                .newBuilder(uri.resolve("/api/tags/labels")).header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json").header("Accept", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofString(labelRun)).build())));
        for (int codes : new int[] { 1, 10 }) {
            Photo photo = photo(uri, admin, dataset.weaponTags(codes));
            results.add(load.closed("photo 1280×720 with " + codes + " code" + (codes > 1 ? "s" : "") + " ("
                    + photo.found() + " found)", 1, RUN,
                    () -> Load.Call.of(HttpRequest.newBuilder(uri.resolve("/api/tags/decode"))
                            .header("Authorization", "Bearer " + admin).header("Content-Type", "image/jpeg")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(photo.jpeg())).build())));
        }
        results.addAll(pages(load, uri, tokens, dataset));
        results.addAll(new StocktakeWorkload(database, uri, admin, tokens.token("bench-inspector", "inspector",
                "national")).run(load, RUN));
        StringBuilder out = new StringBuilder(Measurement.header()).append('\n');
        results.forEach(r -> out.append(r.row()).append('\n'));
        out.append(counterAssets(uri));
        return out.append(ratios).toString();
    }

    /** Each run's custody throughput against pgbench's right after it, and the spread of the ratio. */
    private static String ratios(List<Measurement> closed, List<Pgbench> pgbench) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%n**Custody against the physical limit** "
                + "(%d clients each; the service, then pgbench running the same transaction on the same "
                + "PostgreSQL):%n%n| run | service operations/s | pgbench transactions/s | pgbench average ms "
                + "| ratio |%n|---|---|---|---|---|%n", CLIENTS));
        double lowest = Double.MAX_VALUE;
        double highest = 0;
        for (int i = 0; i < closed.size(); i++) {
            double ratio = closed.get(i).achievedPerSecond() / pgbench.get(i).tps();
            lowest = Math.min(lowest, ratio);
            highest = Math.max(highest, ratio);
            out.append(String.format(Locale.ROOT, "| %d | %.1f | %.1f | %.1f | %.2f |%n", i + 1,
                    closed.get(i).achievedPerSecond(), pgbench.get(i).tps(), pgbench.get(i).averageLatencyMs(),
                    ratio));
        }
        return out.append(String.format(Locale.ROOT, "%n**Ratio %.2f–%.2f.**%n%n", lowest, highest)).toString();
    }

    /**
     * The pages, as browsers ask for them: the counter's check of each scan (20 clerks scanning two codes a second
     * each, anywhere in the country), and each screen's server time. A page's form token is fetched once per person,
     * as a browser keeps it.
     */
    private List<Measurement> pages(Load load, URI uri, TokenMinter tokens, Dataset dataset) throws Exception {
        Map<String, String[]> clerks = new HashMap<>();
        for (Dataset.Weapon weapon : dataset.sample()) {
            if (!clerks.containsKey(weapon.site())) {
                String token = tokens.clerk(weapon.site());
                clerks.put(weapon.site(), new String[] { token, formToken(uri, token) });
            }
        }
        String commander = tokens.token("bench-commander", "commander", "national");
        List<Measurement> results = new ArrayList<>();
        results.add(load.open("counter: check of one scan (20 clerks, 2 scans/s each)", 40, RUN, () -> {
            Dataset.Weapon weapon = dataset.anyWeapon();
            String[] clerk = clerks.get(weapon.site());
            return Load.Call.of(HttpRequest.newBuilder(uri.resolve("/app/counter/scan"))
                    .header("Authorization", "Bearer " + clerk[0]).header("X-CSRF-Token", clerk[1])
                    .header("Cookie", FormToken.COOKIE + "=" + clerk[1])
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("code=" + weapon.tag())).build());
        }));
        Map<String, Supplier<HttpRequest>> screens = new LinkedHashMap<>();
        screens.put("page: counter", () -> get(uri, "/app/counter", clerks.get(dataset.anyWeapon().site())[0]));
        screens.put("page: home, clerk (today's movements)", () -> get(uri, "/app",
                clerks.get(dataset.anyWeapon().site())[0]));
        screens.put("page: home, commander (every site by state)", () -> get(uri, "/app", commander));
        screens.put("page: approvals, commander", () -> get(uri, "/app/approvals", commander));
        screens.put("page: weapon search", () -> get(uri, "/app/weapons?q=AK", commander));
        screens.put("page: a weapon and its history", () -> get(uri, "/app/weapons/"
                + TagCode.parse(dataset.anyWeapon().tag()).number(), commander));
        for (Map.Entry<String, Supplier<HttpRequest>> screen : screens.entrySet()) {
            results.add(load.open(screen.getKey(), 10, RUN, () -> Load.Call.of(screen.getValue().get())));
        }
        return results;
    }

    /** The form token a page gives a person (and sets as a cookie): a counter's scans send it back. */
    private String formToken(URI uri, String token) throws IOException, InterruptedException {
        HttpResponse<String> page = http.send(get(uri, "/app/counter", token), HttpResponse.BodyHandlers.ofString());
        Matcher field = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page.body());
        if (page.statusCode() != 200 || !field.find()) {
            throw new IllegalStateException("The counter page answered " + page.statusCode());
        }
        return field.group(1);
    }

    /**
     * What the counter page makes a browser download, compressed as the service sends it; and the camera's decoder,
     * which only a browser that cannot read codes itself fetches, when its camera is first opened.
     */
    private String counterAssets(URI uri) throws IOException, InterruptedException {
        long total = 0;
        StringBuilder sizes = new StringBuilder();
        for (String asset : List.of("/webjars/htmx.org/2.0.4/dist/htmx.min.js", "/assets/pages.js",
                "/assets/counter.js", "/assets/stockpile.css")) {
            HttpResponse<byte[]> answer = sent(uri, asset);
            total += answer.body().length;
            sizes.append(describe(asset, answer)).append(", ");
        }
        String decoder = "/webjars/html5-qrcode/2.2.1/third_party/zxing-js.umd.min.js";
        HttpResponse<byte[]> camera = sent(uri, decoder);
        return String.format(Locale.ROOT, "The counter page's scripts and styles: %.1f kB in all as sent (%s). "
                + "The camera's decoder, fetched only where the browser cannot read codes itself: %s; with it, "
                + "%.1f kB.%n%n", total / 1024.0, sizes.substring(0, sizes.length() - 2), describe(decoder, camera),
                (total + camera.body().length) / 1024.0);
    }

    private HttpResponse<byte[]> sent(URI uri, String asset) throws IOException, InterruptedException {
        HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(uri.resolve(asset))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(asset + " answered " + answer.statusCode());
        }
        return answer;
    }

    private static String describe(String asset, HttpResponse<byte[]> answer) {
        return String.format(Locale.ROOT, "%s %.1f kB (%s)", asset.substring(asset.lastIndexOf('/') + 1),
                answer.body().length / 1024.0, answer.headers().firstValue("Content-Encoding").orElse("identity"));
    }

    /**
     * Issues of one round at a time at the storehouses. The demo dataset has lots but no stock: each storehouse
     * first receives some lots (those its licence and compatibility rules accept) into its stores.
     */
    private Supplier<Load.Call> ammunitionIssues(URI uri, EmbeddedDatabase database,
            TokenMinter tokens) throws Exception {
        List<String[]> stores = new ArrayList<>();
        List<String> lots = new ArrayList<>();
        try (Connection connection = connect(database);
                Statement statement = connection.createStatement()) {
            try (ResultSet row = statement.executeQuery("select l.id, s.code from storage_location l "
                    + "join site s on s.id = l.site_id where s.kind = 'EXPLOSIVE_STOREHOUSE' order by l.id")) {
                while (row.next()) {
                    stores.add(new String[] { row.getString(2),
                            TagCode.of(TagCode.Kind.STORAGE_LOCATION, row.getLong(1)).value() });
                }
            }
            try (ResultSet row = statement.executeQuery("select id from ammunition_lot order by id")) {
                while (row.next()) {
                    lots.add(TagCode.of(TagCode.Kind.AMMUNITION_LOT, row.getLong(1)).value());
                }
            }
        }
        List<Supplier<HttpRequest>> issuable = new ArrayList<>();
        String refusal = null;
        for (String[] store : stores) {
            String token = tokens.clerk(store[0]);
            for (String lot : lots) {
                if (issuable.size() >= ISSUABLE_POSITIONS) {
                    break;
                }
                HttpResponse<String> receipt = http.send(ammunition(uri, token, "receipt", store[0], lot, store[1],
                        10_000, "\"reference\":\"BENCH-RECEIPT\""), HttpResponse.BodyHandlers.ofString());
                if (receipt.statusCode() != 200) {
                    refusal = receipt.body();
                    continue;
                }
                Supplier<HttpRequest> issue = () -> ammunition(uri, token, "issue", store[0], lot, store[1], 1,
                        "\"unitCode\":\"GTIA-2\"");
                HttpResponse<String> trial = http.send(issue.get(), HttpResponse.BodyHandlers.ofString());
                if (trial.statusCode() == 200) {
                    issuable.add(issue);
                } else {
                    refusal = trial.body();
                }
            }
        }
        if (issuable.isEmpty()) {
            throw new IllegalStateException("No lot could be received and issued at a storehouse; last refusal: "
                    + refusal);
        }
        return () -> Load.Call.of(issuable.get(ThreadLocalRandom.current().nextInt(issuable.size())).get());
    }

    private static HttpRequest ammunition(URI uri, String token, String operation, String site, String lot,
            String location, long quantity, String details) {
        String body = String.format("{\"siteCode\":\"%s\",\"lines\":[{\"lotTag\":\"%s\",\"quantity\":%d,"
                + "\"locationTag\":\"%s\"}],%s,\"deviceId\":\"counter\"}", site, lot, quantity, location, details);
        return HttpRequest.newBuilder(uri.resolve("/api/ammunition/" + operation))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static HttpRequest get(URI uri, String path, String token) {
        return HttpRequest.newBuilder(uri.resolve(path)).header("Authorization", "Bearer " + token).build();
    }

    /** A generated photo, and how many of the codes drawn on it the service found. */
    private record Photo(byte[] jpeg, long found) {
    }

    /** A 1280×720 JPEG of labels on a table, as a phone would take it. */
    private Photo photo(URI uri, String token, List<String> tags) throws Exception {
        BufferedImage photo = new BufferedImage(1280, 720, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        g.setColor(new Color(190, 185, 170));
        g.fillRect(0, 0, 1280, 720);
        for (int i = 0; i < tags.size(); i++) {
            String symbology = i % 2 == 0 ? "QR" : "DATA_MATRIX";
            HttpResponse<byte[]> label = http.send(get(uri, "/api/tags/" + tags.get(i) + "/label.png?symbology="
                    + symbology, token), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, label.statusCode());
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(label.body()));
            int width = tags.size() == 1 ? 300 : 230;
            g.drawImage(image, 20 + (i % 5) * 252, 40 + (i / 5) * 340, width,
                    width * image.getHeight() / image.getWidth(), null);
        }
        g.dispose();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(photo, "jpeg", jpeg);
        HttpResponse<String> check = http.send(HttpRequest.newBuilder(uri.resolve("/api/tags/decode"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "image/jpeg")
                .POST(HttpRequest.BodyPublishers.ofByteArray(jpeg.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, check.statusCode(), check.body());
        return new Photo(jpeg.toByteArray(), tags.stream().distinct().filter(check.body()::contains).count());
    }

    private static void copyForPgbench(EmbeddedDatabase database) throws SQLException {
        try (Connection connection = connect(database, "template1");
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + PGBENCH_DATABASE);
            statement.execute("create database " + PGBENCH_DATABASE + " template postgres");
        }
    }

    /** A connection to the service's database. */
    private static Connection connect(EmbeddedDatabase database) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.username(), null);
    }

    /** A connection to another database of the same server as the service's. */
    private static Connection connect(EmbeddedDatabase database, String name) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl().replace("/postgres?", "/" + name + "?"),
                database.username(), null);
    }

    /** What the workloads draw from: weapons with their tags and sites, and the pgbench copy's weapon list. */
    record Dataset(List<Weapon> sample, List<Long> siteIds, int weapons, int sites, int pgbenchWeapons) {

        record Weapon(String tag, String site) {
        }

        static Dataset read(EmbeddedDatabase database) throws SQLException {
            try (Connection connection = connect(database);
                    Statement statement = connection.createStatement()) {
                List<Weapon> sample = new ArrayList<>();
                try (ResultSet row = statement.executeQuery("select w.id, s.code from weapon w join site s "
                        + "on s.id = w.site_id order by md5(w.id::text) limit 5000")) {
                    while (row.next()) {
                        sample.add(new Weapon(TagCode.of(TagCode.Kind.WEAPON, row.getLong(1)).value(),
                                row.getString(2)));
                    }
                }
                List<Long> siteIds = new ArrayList<>();
                try (ResultSet row = statement.executeQuery("select id from site where kind = 'ARMOURY'")) {
                    while (row.next()) {
                        siteIds.add(row.getLong(1));
                    }
                }
                return new Dataset(sample, siteIds, count(statement, "select count(*) from weapon"),
                        count(statement, "select count(*) from site"), numberWeaponsForPgbench(database));
            }
        }

        /** pgbench's weapons, in its copy: the ones the service's traffic uses, numbered for random picks. */
        private static int numberWeaponsForPgbench(EmbeddedDatabase database) throws SQLException {
            try (Connection connection = connect(database, PGBENCH_DATABASE);
                    Statement statement = connection.createStatement()) {
                statement.execute("create table pgbench_weapon as select row_number() over (order by w.id) as n, "
                        + "w.id, w.site_id, (select min(p.id) from person p where p.site_id = w.site_id "
                        + "and p.status = 'ACTIVE') as person_id from weapon w join site s on s.id = w.site_id "
                        + "where w.state = 'IN_STORE' and w.status = 'ACTIVE' and s.kind = 'ARMOURY' "
                        + "and w.storage_location_id is not null");
                statement.execute("delete from pgbench_weapon where person_id is null");
                statement.execute("alter table pgbench_weapon add primary key (n)");
                return count(statement, "select count(*) from pgbench_weapon");
            }
        }

        private static int count(Statement statement, String sql) throws SQLException {
            try (ResultSet row = statement.executeQuery(sql)) {
                row.next();
                return row.getInt(1);
            }
        }

        Weapon anyWeapon() {
            return sample.get(ThreadLocalRandom.current().nextInt(sample.size()));
        }

        long anySiteId() {
            return siteIds.get(ThreadLocalRandom.current().nextInt(siteIds.size()));
        }

        /** Tags of weapons of one armoury, as a print run for one armoury would have them. */
        List<String> weaponTags(int count) {
            String site = sample.get(0).site();
            List<String> tags = sample.stream().filter(w -> w.site().equals(site)).map(Weapon::tag).limit(count)
                    .collect(Collectors.toCollection(ArrayList::new));
            while (tags.size() < count) {
                tags.add(tags.get(tags.size() % Math.max(1, tags.size())));
            }
            return tags;
        }
    }

    /**
     * What PostgreSQL wrote and flushed to disk (pg_stat_wal, pg_stat_bgwriter): each commit waits for its WAL to
     * be flushed (fsync on, synchronous_commit on), so the time of a flush on this machine's disk bounds every
     * custody operation and every pgbench transaction alike, and a checkpoint adds its own writes.
     */
    record WalActivity(long bytes, long syncs, double syncMs, long checkpoints) {

        static final String HEADER = "\n**What PostgreSQL flushed to disk meanwhile** (WAL flushes are one per commit, "
                + "fewer when commits are grouped; a flush's time is the disk's):\n\n| run | workload | WAL written MB "
                + "| WAL flushes | average flush ms | checkpoints |\n|---|---|---|---|---|---|\n";

        /** Turns on the timing of WAL flushes (off by default: it costs a clock read per flush). */
        static void time(EmbeddedDatabase database) throws SQLException {
            try (Connection connection = connect(database);
                    Statement statement = connection.createStatement()) {
                statement.execute("alter system set track_wal_io_timing = on");
                statement.execute("select pg_reload_conf()");
            }
        }

        static WalActivity read(EmbeddedDatabase database) throws SQLException {
            try (Connection connection = connect(database);
                    Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("select w.wal_bytes, w.wal_sync, w.wal_sync_time, "
                            + "b.checkpoints_timed + b.checkpoints_req from pg_stat_wal w, pg_stat_bgwriter b")) {
                row.next();
                return new WalActivity(row.getLong(1), row.getLong(2), row.getDouble(3), row.getLong(4));
            }
        }

        WalActivity since(WalActivity before) {
            return new WalActivity(bytes - before.bytes, syncs - before.syncs, syncMs - before.syncMs,
                    checkpoints - before.checkpoints);
        }

        String row(int run, String workload) {
            return String.format(Locale.ROOT, "| %d | %s | %.1f | %d | %.2f | %d |%n", run, workload,
                    bytes / 1e6, syncs, syncs == 0 ? 0 : syncMs / syncs, checkpoints);
        }
    }

    /** pgbench with the custody transaction (src/test/resources/bench/custody-operation.sql). */
    record Pgbench(double tps, double averageLatencyMs) {

        private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+)");
        private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");

        static Pgbench run(EmbeddedDatabase database, int clients, Duration duration, int weapons)
                throws IOException, InterruptedException {
            Path script = Path.of("src", "test", "resources", "bench", "custody-operation.sql");
            Process pgbench = new ProcessBuilder("pgbench", "-n", "-M", "prepared", "-c", String.valueOf(clients),
                    "-j", "2", "-T", String.valueOf(duration.toSeconds()), "-D", "weapons=" + weapons, "-f",
                    script.toString(), "-h", "127.0.0.1", "-p", String.valueOf(database.port()), "-U",
                    database.username(), PGBENCH_DATABASE).redirectErrorStream(true).start();
            String output = new String(pgbench.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (pgbench.waitFor() != 0) {
                throw new IllegalStateException("pgbench failed (install Debian's postgresql-client):\n" + output);
            }
            Matcher tps = TPS.matcher(output);
            Matcher latency = LATENCY.matcher(output);
            if (!tps.find() || !latency.find()) {
                throw new IllegalStateException("Unexpected pgbench output:\n" + output);
            }
            System.out.println(output);
            return new Pgbench(Double.parseDouble(tps.group(1)), Double.parseDouble(latency.group(1)));
        }
    }
}
