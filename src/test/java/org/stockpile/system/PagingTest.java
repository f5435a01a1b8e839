package org.stockpile.system;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stockpile.support.Api.ADMIN;
import static org.stockpile.support.Api.as;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Lists come in pages of bounded size, in a stable order, filtered and sorted on declared fields only. */
@QuarkusTest
class PagingTest {

    @Test
    void aPageLargerThanTheLimitIsRefused() {
        as(ADMIN).get("/api/weapons?size=501").then().statusCode(400)
                .body("type", equalTo("urn:stockpile:problem:page-too-large")).body("field", equalTo("size"));
        as(ADMIN).get("/api/weapons?size=0").then().statusCode(400);
        as(ADMIN).get("/api/weapons?page=-1").then().statusCode(400).body("field", equalTo("page"));
        as(ADMIN).get("/api/weapons?size=500").then().statusCode(200).body("items", hasSize(500));
    }

    @Test
    void pagesCoverTheListOnceEach() {
        int total = as(ADMIN).get("/api/persons?size=1").then().extract().path("totalItems");
        List<Integer> seen = new ArrayList<>();
        int pages = (total + 6) / 7;
        for (int page = 0; page < pages; page++) {
            seen.addAll(as(ADMIN).get("/api/persons?size=7&sort=familyName&page=" + page).then().statusCode(200)
                    .body("totalPages", equalTo(pages)).extract().<List<Integer>>path("items.id"));
        }
        assertEquals(total, seen.size());
        assertEquals(total, new HashSet<>(seen).size());
    }

    @Test
    void sortingFollowsTheRequestedDirection() {
        List<String> codes = as(ADMIN).get("/api/sites?sort=code,desc&size=3").then().statusCode(200).extract()
                .path("items.code");
        assertTrue(codes.get(0).compareTo(codes.get(1)) > 0 && codes.get(1).compareTo(codes.get(2)) > 0, codes::toString);
    }

    @Test
    void sortingOnAnUndeclaredFieldIsRefusedWithTheChoices() {
        as(ADMIN).get("/api/weapons?sort=password").then().statusCode(400).body("field", equalTo("sort"));
        as(ADMIN).get("/api/weapons?sort=model,sideways").then().statusCode(400);
    }

    @Test
    void filtersCombine() {
        as(ADMIN).get("/api/sites?kind=EXPLOSIVE_STOREHOUSE&regionCode=GAO").then().statusCode(200)
                .body("items.code", contains("EXS-GAO-01"));
        as(ADMIN).get("/api/sites?q=gao&sort=code").then().body("items.code",
                contains("ARM-GAO-01", "ARM-GAO-02", "EXS-GAO-01"));
    }
}
