package org.stockpile.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stockpile.support.Api.as;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.stockpile.support.Custody;
import org.stockpile.support.Fixtures;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The key register's pages as their forms post to them: a clerk hands a key over with two scans, once however often
 * the form is sent, and sees the count it joined; a commander registers copies and goes on to print their labels,
 * and retires a lost one; another site's key is answered as missing.
 */
@QuarkusTest
class KeyPagesTest {

    private static final Pattern KEY_PAGE = Pattern.compile("/app/keys/(\\d+)");
    private static final Pattern FORM_KEY = Pattern.compile("name=\"key\" value=\"([^\"]+)\"");

    @Test
    void aClerkHandsAKeyOverWithTwoScansOnceAndSeesTheCountItJoined() {
        long count = Fixtures.stocktakeAtGao();
        String opens = "Armoire " + UUID.randomUUID().toString().substring(0, 8);
        String keyTag = as("admin").body(Map.of("siteCode", "ARM-GAO-01", "opens", opens)).post("/api/keys").then()
                .statusCode(201).extract().path("[0].tag");
        String badge = Custody.personTagAt("ARM-GAO-01");

        PageSession clerk = PageSession.open("clerk-gao", "/app/keys");
        assertTrue(clerk.page().contains("name=\"keyTag\""), "the handover form");
        assertFalse(clerk.page().contains("name=\"opens\""), "a clerk does not register keys");
        assertTrue(clerk.page().contains(keyTag) && clerk.page().contains(opens), "the Gao key is listed");
        String formKey = PageSession.find(FORM_KEY, clerk.page());
        String[] locations = new String[2];
        for (int i = 0; i < 2; i++) {
            locations[i] = clerk.post().formParam("key", formKey).formParam("keyTag", keyTag.toLowerCase() + " ")
                    .formParam("personTag", badge).redirects().follow(false).post("/app/keys/handovers").then()
                    .statusCode(303).extract().header("Location");
        }
        assertEquals(locations[0], locations[1], "the form sent twice hands the key over once");
        long id = Long.parseLong(PageSession.find(KEY_PAGE, locations[0]));
        assertEquals(1, as("admin").get("/api/keys/" + id + "/handovers").then().extract()
                .<List<Object>>path("items").size());
        String shown = given().cookies(clerk.cookies()).get("/app/keys/" + id).then().statusCode(200).extract()
                .asString();
        assertTrue(shown.contains(badge) && shown.contains("href=\"/app/stocktakes/" + count + "\""), shown);

        String refused = clerk.post().formParam("key", UUID.randomUUID().toString()).formParam("keyTag", keyTag)
                .formParam("personTag", badge).formParam("from", String.valueOf(id)).post("/app/keys/handovers")
                .then().statusCode(200).extract().asString();
        assertTrue(refused.contains("role=\"alert\"") && refused.contains("détient déjà cette clé"), refused);
        clerk.post().formParam("siteCode", "ARM-GAO-01").formParam("opens", "Porte").formParam("copies", "1")
                .post("/app/keys").then().statusCode(403);

        PageSession kayes = PageSession.open("clerk-kayes", "/app/keys");
        assertFalse(kayes.page().contains(keyTag), "not listed at Kayes");
        given().cookies(kayes.cookies()).get("/app/keys/" + id).then().statusCode(404);
        given().cookies(PageSession.open("trainer", "/app").cookies()).get("/app/keys").then().statusCode(403);
    }

    @Test
    void aCommanderRegistersCopiesPrintsTheirLabelsAndRetiresALostOne() {
        String opens = "Magasin " + UUID.randomUUID().toString().substring(0, 8);
        PageSession commander = PageSession.open("commander", "/app/keys");
        assertTrue(commander.page().contains("name=\"opens\""), "the registration form");
        String labels = commander.post().formParam("siteCode", "ARM-GAO-01").formParam("opens", opens)
                .formParam("copies", "2").redirects().follow(false).post("/app/keys").then().statusCode(303)
                .extract().header("Location");
        List<String> registered = as("admin").get("/api/keys?siteCode=ARM-GAO-01&size=500").then().extract()
                .path("items.findAll { it.opens == '" + opens + "' }.tag");
        assertEquals(2, registered.size());
        Matcher tags = Pattern.compile("tag=(K[0-9A-Z*]{7})").matcher(labels);
        assertTrue(labels.contains("/app/labels?"), labels);
        assertEquals(registered, tags.results().map(tag -> tag.group(1)).toList(), "their labels, to print");
        String sheet = given().cookies(commander.cookies()).get(labels).then().statusCode(200).extract().asString();
        assertTrue(sheet.contains(registered.get(0) + "\n" + registered.get(1)), sheet);
        commander.post().formParam("tags", String.join("\n", registered)).formParam("sheet", "THERMAL_50X25")
                .formParam("symbology", "QR").post("/app/labels").then().statusCode(200)
                .contentType("application/pdf");

        String refused = commander.post().formParam("siteCode", "ARM-GAO-01").formParam("opens", opens)
                .formParam("copies", "98").post("/app/keys").then().statusCode(200).extract().asString();
        assertTrue(refused.contains("role=\"alert\"") && refused.contains("Au plus 99 exemplaires"), refused);

        long id = org.stockpile.system.TagCode.parse(registered.get(1)).number();
        commander.post().formParam("reason", "Perdue pendant la relève").redirects().follow(false)
                .post("/app/keys/" + id + "/retire").then().statusCode(303);
        assertEquals("RETIRED", as("admin").get("/api/keys/" + id).path("status"));
        String retired = given().cookies(commander.cookies()).get("/app/keys/" + id).then().statusCode(200)
                .extract().asString();
        assertFalse(retired.contains("name=\"personTag\""), "a retired key is handed to no one");
    }
}
