package org.stockpile.demo;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.stockpile.support.Api.CLERK_STOREHOUSE;
import static org.stockpile.support.Api.INSPECTOR_NATIONAL;
import static org.stockpile.support.Api.as;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The demo storehouses hold ammunition from the start, received through their ledger chains, so that a new user's
 * first issue (as the README shows it) finds rounds to issue.
 */
@QuarkusTest
class DemoStockTest {

    @Test
    void aDemoStorehouseHasStockThatBalancesAndCanBeIssued() {
        List<Map<String, Object>> stock = as(CLERK_STOREHOUSE).get("/api/ammunition/stock?siteCode=EXS-BKO-01").then()
                .statusCode(200).body("$", not(empty())).extract().path("findAll { it.transitToSiteCode == null "
                        + "&& it.holderUnitCode == null && it.holderPersonTag == null }");
        String lot = (String) stock.get(0).get("lotTag");
        as(CLERK_STOREHOUSE).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("siteCode", "EXS-BKO-01", "unitCode", "GTIA-2",
                        "lines", List.of(Map.of("lotTag", lot, "quantity", 400))))
                .post("/api/ammunition/issue").then().statusCode(200);
        as(INSPECTOR_NATIONAL).get("/api/ammunition/conservation").then().statusCode(200)
                .body("findAll { it.siteCode.startsWith('EXS-') }", not(empty()))
                .body("findAll { it.siteCode.startsWith('EXS-') }.balanced", everyItem(equalTo(true)))
                .body("find { it.siteCode == 'EXS-BKO-01' && it.lotTag == '" + lot + "' }.issuedOut", equalTo(400));
        as(INSPECTOR_NATIONAL).get("/api/custody/ledger/verification").then().statusCode(200)
                .body("intact", equalTo(true));
    }
}
