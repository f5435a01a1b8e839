package org.stockpile.custody;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stockpile.support.Api.ADMIN;
import static org.stockpile.support.Api.CLERK_GAO;
import static org.stockpile.support.Api.as;
import static org.stockpile.support.Custody.freshWeapons;
import static org.stockpile.support.Custody.perform;
import static org.stockpile.support.Custody.personTagAt;
import static org.stockpile.support.Custody.scan;
import static org.stockpile.support.Custody.weaponId;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** One weapon, one place, under many scanners at once; no deadlock; a retry is not a second event. */
@QuarkusTest
class CustodyConcurrencyTest {

    @Test
    void thirtyTwoClientsRacingToIssueOneWeaponIssueItOnce() throws Exception {
        String tag = freshWeapons("ARM-GAO-01", "race-issue", 1).get(0);
        List<String> badges = as(ADMIN).get("/api/persons?siteCode=ARM-GAO-01&size=50").then().extract()
                .path("items.tagCode");
        List<Integer> statuses = race(32, i -> perform(CLERK_GAO, "issue",
                scan(List.of(tag), "personTag", badges.get(i % badges.size()))).then().extract().statusCode());
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(31, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        as(CLERK_GAO).get("/api/custody/weapons/" + weaponId(tag) + "/history").then()
                .body("findAll { it.type == 'ISSUE' }.size()", equalTo(1));
    }

    @Test
    void aHundredConcurrentRepeatsOfOneRequestMakeOneEvent() throws Exception {
        String tag = freshWeapons("ARM-GAO-01", "replay-storm", 1).get(0);
        Map<String, Object> issue = scan(List.of(tag), "personTag", personTagAt("ARM-GAO-01"));
        List<String> bodies = race(100, i -> perform(CLERK_GAO, "issue", issue, "storm-key").then().statusCode(200)
                .extract().asString());
        assertEquals(1, bodies.stream().distinct().count());
        as(CLERK_GAO).get("/api/custody/weapons/" + weaponId(tag) + "/history").then()
                .body("findAll { it.type == 'ISSUE' }.size()", equalTo(1));
        System.out.printf("Replay storm: %d concurrent requests with one Idempotency-Key, %d distinct answer, "
                + "1 ISSUE event%n", bodies.size(), bodies.stream().distinct().count());
    }

    @Test
    void overlappingBatchesInEveryOrderNeverDeadlock() throws Exception {
        List<String> tags = freshWeapons("ARM-GAO-01", "mixed", 6);
        String badge = personTagAt("ARM-GAO-01");
        List<Integer> statuses = race(24, i -> {
            Random random = new Random(i);
            List<Integer> answers = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                List<String> batch = new ArrayList<>(tags.subList(random.nextInt(3), 3 + random.nextInt(4)));
                Collections.shuffle(batch, random);
                String operation = random.nextBoolean() ? "issue" : "return";
                answers.add(perform(CLERK_GAO, operation, operation.equals("issue")
                        ? scan(batch, "personTag", badge) : scan(batch)).then().extract().statusCode());
            }
            return answers.stream().filter(s -> s != 200 && s != 409).findFirst().orElse(200);
        });
        assertEquals(24, statuses.size());
        assertTrue(statuses.stream().allMatch(s -> s == 200), statuses.toString());
        for (String tag : tags) {
            String state = as(CLERK_GAO).get("/api/weapons/" + weaponId(tag)).then().extract().path("state");
            List<String> history = as(CLERK_GAO).get("/api/custody/weapons/" + weaponId(tag) + "/history").then()
                    .extract().path("toState");
            assertEquals(state, history.get(history.size() - 1), "the projection is the last event");
        }
    }

    private interface Client<T> {
        T call(int index) throws Exception;
    }

    private static <T> List<T> race(int clients, Client<T> client) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            int index = i;
            futures.add(pool.submit((Callable<T>) () -> {
                start.await();
                return client.call(index);
            }));
        }
        start.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();
        return results;
    }
}
