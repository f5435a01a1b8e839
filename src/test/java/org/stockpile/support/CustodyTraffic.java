package org.stockpile.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.stockpile.system.TagCode;

/**
 * Counter traffic as armouries make it: clerks scan a weapon and a soldier's badge to issue it, and scan it back
 * in to return it, at every armoury of the dataset at once. Each weapon is in at most one request at a time, as on
 * a real counter, so every answer other than 200 means something went wrong. The weapons, badges and racks are
 * read from the database the service uses; each armoury's clerk gets a token scoped to that armoury.
 */
public final class CustodyTraffic {

    /** A weapon on the counter: its tags, and whether it is out with its soldier now. */
    public static final class Weapon {
        final long id;
        final String siteCode;
        final String weaponTag;
        final String badgeTag;
        final String rackTag;
        boolean issued;

        Weapon(long id, String siteCode, String badgeTag, String rackTag) {
            this.id = id;
            this.siteCode = siteCode;
            this.weaponTag = TagCode.of(TagCode.Kind.WEAPON, id).value();
            this.badgeTag = badgeTag;
            this.rackTag = rackTag;
        }

        public long id() {
            return id;
        }
    }

    /** One custody request with its Idempotency-Key: sending it again is a retry, never a second operation. */
    public record Operation(Weapon weapon, String type, String key, String body, String token) {
    }

    /** An answer, or the failure to get one ({@code status} 0). */
    public record Outcome(Operation operation, int status, String body) {

        public boolean acknowledged() {
            return status / 100 == 2;
        }

        /** No answer, or a 503: the operation may or may not have happened; retry it with the same key. */
        public boolean unknown() {
            return status == 0 || status == 503;
        }
    }

    /** One try of an operation: its outcome, and when it was sent and answered ({@link System#nanoTime()}). */
    public record Attempt(Outcome outcome, long sentAt, long answeredAt) {

        public Duration latency() {
            return Duration.ofNanos(answeredAt - sentAt);
        }
    }

    /**
     * Clerks at their counters, each working one operation at a time, as the scanning app does: an operation
     * whose outcome is unknown (no answer, 503) is sent again with the same key until it gets a real answer.
     */
    public final class Counters {

        private final List<Thread> clerks = new ArrayList<>();
        private final ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();
        private volatile boolean open = true;

        private Counters(Supplier<URI> service, int count) {
            for (int i = 0; i < count; i++) {
                Thread clerk = new Thread(() -> work(service), "clerk-" + i);
                clerks.add(clerk);
                clerk.start();
            }
        }

        private void work(Supplier<URI> service) {
            while (open) {
                Operation operation = next(Duration.ofMillis(100));
                if (operation == null) {
                    continue;
                }
                long giveUp = System.nanoTime() + GIVE_UP.toNanos();
                Outcome outcome;
                do {
                    long sent = System.nanoTime();
                    outcome = send(service.get(), operation);
                    attempts.add(new Attempt(outcome, sent, System.nanoTime()));
                    if (outcome.unknown()) {
                        ServiceProcess.sleep(RETRY_PAUSE);
                    }
                } while (outcome.unknown() && System.nanoTime() < giveUp);
                settle(outcome);
            }
        }

        /** Closes the counters: each clerk finishes the operation in hand (retrying it if need be), then leaves. */
        public List<Attempt> close() {
            open = false;
            for (Thread clerk : clerks) {
                try {
                    clerk.join(GIVE_UP.plusSeconds(30).toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return List.copyOf(attempts);
        }

        /** How many operations have been acknowledged so far. */
        public int acknowledged() {
            return (int) attempts.stream().filter(a -> a.outcome().acknowledged()).count();
        }

        /** Waits until {@code target} operations are acknowledged; false if the traffic stalls for a minute. */
        public boolean awaitAcknowledged(int target) {
            long deadline = System.nanoTime() + STALL.toNanos();
            while (acknowledged() < target && System.nanoTime() < deadline) {
                ServiceProcess.sleep(Duration.ofMillis(20));
            }
            return acknowledged() >= target;
        }

        /** Every try so far. */
        public List<Attempt> attempts() {
            return List.copyOf(attempts);
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration RETRY_PAUSE = Duration.ofMillis(100);
    private static final Duration GIVE_UP = Duration.ofMinutes(3);
    private static final Duration STALL = Duration.ofMinutes(1);

    private final LinkedBlockingQueue<Weapon> idle;
    private final Map<String, String> clerkTokens;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private CustodyTraffic(List<Weapon> weapons, Map<String, String> clerkTokens) {
        this.idle = new LinkedBlockingQueue<>(weapons);
        this.clerkTokens = clerkTokens;
    }

    /**
     * Every weapon in store at an armoury, with a soldier of the same armoury to issue it to and its rack to put it
     * back on, shuffled so that the armouries take turns. Weapons of a type that a course of the catalogue authorises
     * (crew-served weapons, in the demo) are left out: only a qualified soldier may be issued one.
     */
    public static CustodyTraffic at(String jdbcUrl, String username, TokenMinter tokens) {
        String sql = "select w.id, s.code, w.storage_location_id, "
                + "(select min(p.id) from person p where p.site_id = s.id and p.status = 'ACTIVE') "
                + "from weapon w join site s on s.id = w.site_id "
                + "where w.state = 'IN_STORE' and w.status = 'ACTIVE' and s.kind = 'ARMOURY' "
                + "and w.storage_location_id is not null and not exists (select 1 from course_weapon_type t "
                + "join course c on c.id = t.course_id where t.weapon_type = w.type and c.status = 'ACTIVE') "
                + "order by w.id";
        List<Weapon> weapons = new ArrayList<>();
        Map<String, String> clerkTokens = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, username, null);
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            while (row.next()) {
                long person = row.getLong(4);
                if (row.wasNull()) {
                    continue;
                }
                String site = row.getString(2);
                weapons.add(new Weapon(row.getLong(1), site, TagCode.of(TagCode.Kind.PERSON, person).value(),
                        TagCode.of(TagCode.Kind.STORAGE_LOCATION, row.getLong(3)).value()));
                clerkTokens.computeIfAbsent(site, tokens::clerk);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the weapons for the traffic: " + e.getMessage(), e);
        }
        Collections.shuffle(weapons, new Random(42));
        return new CustodyTraffic(weapons, clerkTokens);
    }

    /** Opens {@code count} counters sending to whatever service {@code service} names at the time. */
    public Counters open(int count, Supplier<URI> service) {
        return new Counters(service, count);
    }

    public int weapons() {
        return idle.size();
    }

    /** The next weapon's issue or return, or null when every weapon is busy for longer than {@code wait}. */
    public Operation next(Duration wait) {
        try {
            Weapon weapon = idle.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
            if (weapon == null) {
                return null;
            }
            String type = weapon.issued ? "return" : "issue";
            String body = weapon.issued
                    ? "{\"weaponTags\":[\"%s\"],\"personTag\":\"%s\",\"locationTag\":\"%s\",\"deviceId\":\"counter\"}"
                            .formatted(weapon.weaponTag, weapon.badgeTag, weapon.rackTag)
                    : "{\"weaponTags\":[\"%s\"],\"personTag\":\"%s\",\"deviceId\":\"counter\"}"
                            .formatted(weapon.weaponTag, weapon.badgeTag);
            return new Operation(weapon, type, UUID.randomUUID().toString(), body, clerkTokens.get(weapon.siteCode));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    public HttpRequest request(URI service, Operation operation) {
        return HttpRequest.newBuilder(service.resolve("/api/custody/" + operation.type())).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + operation.token()).header("Content-Type", "application/json")
                .header("Idempotency-Key", operation.key())
                .POST(HttpRequest.BodyPublishers.ofString(operation.body())).build();
    }

    /** Sends the operation and waits for its answer. */
    public Outcome send(URI service, Operation operation) {
        try {
            HttpResponse<String> response = http.send(request(service, operation),
                    HttpResponse.BodyHandlers.ofString());
            return new Outcome(operation, response.statusCode(), response.body());
        } catch (IOException e) {
            return new Outcome(operation, 0, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(operation, 0, e.toString());
        }
    }

    /**
     * The operation is over: a 200 moves the weapon on (issued ↔ returned) and puts it back on the counter. A
     * weapon whose operation was refused or never answered stays off the counter, its state uncertain.
     */
    public void settle(Outcome outcome) {
        if (outcome.status() == 200) {
            Weapon weapon = outcome.operation().weapon();
            weapon.issued = !weapon.issued;
            idle.add(weapon);
        }
    }
}
