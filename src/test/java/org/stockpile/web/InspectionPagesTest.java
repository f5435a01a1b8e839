package org.stockpile.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stockpile.support.Api.as;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.stockpile.support.Inspecting;
import org.stockpile.support.Pdfs;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * The inspection pages as a phone posts to them: an inspector opens an inspection, assesses it item by item (a
 * refused failure keeps what was typed), adds a photo from the camera, closes it and prints its report; a commander
 * follows the corrective actions up and closes one with an evidence photo. Others see it as the API lets them.
 */
@QuarkusTest
class InspectionPagesTest {

    private static final Pattern INSPECTION = Pattern.compile("/app/inspections/(\\d+)$");
    private static final Pattern PHOTO = Pattern.compile("src=\"/app/inspections/\\d+/photos/(\\d+)\"");

    @Test
    void anInspectorAssessesEachItemWithAPhotoClosesTheInspectionAndPrintsItsReport() {
        Inspecting.closeAnyOpen("inspector-gao", "ARM-GAO-01");
        PageSession inspector = PageSession.open("inspector-gao", "/app/inspections");
        assertTrue(inspector.page().contains("name=\"siteCode\""), "the form to open an inspection");
        String opened = inspector.post().formParam("siteCode", "ARM-GAO-01").redirects().follow(false)
                .post("/app/inspections").then().statusCode(303).extract().header("Location");
        long id = Long.parseLong(PageSession.find(INSPECTION, opened));
        assertEquals(opened, inspector.post().formParam("siteCode", "ARM-GAO-01").redirects().follow(false)
                .post("/app/inspections").then().statusCode(303).extract().header("Location"),
                "the form sent again leads to the inspection already open");
        List<String> codes = Inspecting.itemCodes(id);
        assertEquals(20, codes.size());
        String checklist = page(inspector, "/app/inspections/" + id);
        assertTrue(checklist.contains("0 point(s) évalué(s) sur 20") && checklist.contains("/items/" + codes.get(19)),
                checklist);

        String first = page(inspector, "/app/inspections/" + id + "/items/" + codes.get(0));
        assertTrue(first.contains("name=\"result\"") && first.contains("capture=\"environment\""), first);
        String action = "Remplacer la serrure " + UUID.randomUUID().toString().substring(0, 8);
        String refused = inspector.post().formParam("result", "FAIL").formParam("comment", "Serrure forcée")
                .formParam("description", action).post("/app/inspections/" + id + "/items/" + codes.get(0)).then()
                .statusCode(200).extract().asString();
        assertTrue(refused.contains("role=\"alert\"") && refused.contains("Serrure forcée")
                && refused.contains(action), "refused, with what was typed kept: " + refused);
        assertEquals(null, item(id, 0).get("result"), "nothing recorded");
        String next = inspector.post().formParam("result", "FAIL").formParam("severity", "HIGH")
                .formParam("comment", "Serrure forcée").formParam("description", action)
                .formParam("owner", "Chef de poste").formParam("dueOn", LocalDate.now().plusDays(14).toString())
                .redirects().follow(false).post("/app/inspections/" + id + "/items/" + codes.get(0)).then()
                .statusCode(303).extract().header("Location");
        assertTrue(next.endsWith("/app/inspections/" + id + "/items/" + codes.get(1)), "on to the next: " + next);
        assertEquals("FAIL", item(id, 0).get("result"));

        byte[] jpeg = Inspecting.jpeg(320, 240);
        photo(inspector, id, codes.get(0), "FINDING", jpeg, "image/jpeg", true).then().statusCode(303);
        String withPhoto = page(inspector, "/app/inspections/" + id + "/items/" + codes.get(0));
        long photo = Long.parseLong(PageSession.find(PHOTO, withPhoto));
        assertArrayEquals(jpeg, given().cookies(inspector.cookies()).get("/app/inspections/" + id + "/photos/"
                + photo).then().statusCode(200).contentType("image/jpeg").extract().asByteArray());
        String notAPhoto = photo(inspector, id, codes.get(0), "FINDING", "bonjour".getBytes(StandardCharsets.UTF_8),
                "image/jpeg", true).then().statusCode(200).extract().asString();
        assertTrue(notAPhoto.contains("role=\"alert\""), notAPhoto);
        photo(inspector, id, codes.get(0), "FINDING", jpeg, "image/jpeg", false).then().statusCode(403);
        assertEquals(1, ((List<?>) item(id, 0).get("photos")).size(), "one photo kept");

        for (int i = 1; i < codes.size(); i++) {
            String after = inspector.post().formParam("result", i == 5 ? "NOT_APPLICABLE" : "PASS").redirects()
                    .follow(false).post("/app/inspections/" + id + "/items/" + codes.get(i)).then().statusCode(303)
                    .extract().header("Location");
            assertEquals(i + 1 < codes.size(), after.contains("/items/"), after);
        }
        given().cookies(PageSession.open("clerk-gao", "/app").cookies()).get("/app/inspections/" + id + "/items/"
                + codes.get(0)).then().statusCode(200).body(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("name=\"result\"")));
        inspector.post().formParam("remarks", "Visite de novembre").redirects().follow(false)
                .post("/app/inspections/" + id + "/close").then().statusCode(303);
        assertEquals("CLOSED", as("admin").get("/api/inspections/" + id).path("status"));

        byte[] pdf = given().cookies(inspector.cookies()).get("/app/inspections/" + id + "/report.pdf").then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();
        String report = Pdfs.text(pdf);
        String sha256 = as("admin").get("/api/inspections/" + id).path("items[0].photos[0].sha256");
        assertTrue(report.contains("Rapport d’inspection de sécurité physique n° " + id)
                && report.contains("1 manquement(s)") && report.contains("18 conforme(s)")
                && report.contains("Visite de novembre") && report.contains("Chef de poste")
                && report.replaceAll("\\s", "").contains(sha256), report);
        String english = Pdfs.text(as("commander").accept("application/pdf").get("/api/inspections/" + id
                + "/report?lang=en").then().statusCode(200).extract().asByteArray());
        assertTrue(english.contains("Physical-security inspection report no. " + id), english);

        PageSession kayes = PageSession.open("clerk-kayes", "/app/inspections");
        assertFalse(kayes.page().contains("/app/inspections/" + id + "\""), "not listed at Kayes");
        given().cookies(kayes.cookies()).get("/app/inspections/" + id).then().statusCode(404);
        given().cookies(kayes.cookies()).get("/app/inspections/" + id + "/photos/" + photo).then().statusCode(404);
        given().cookies(kayes.cookies()).get("/app/inspections/" + id + "/report.pdf").then().statusCode(404);
        given().cookies(PageSession.open("trainer", "/app").cookies()).get("/app/inspections").then()
                .statusCode(403);
    }

    @Test
    void aCommanderFollowsTheActionsUpAndClosesOneWithAnEvidencePhoto() {
        long id = Inspecting.openAnew("inspector-gao", "ARM-GAO-01");
        List<String> codes = Inspecting.itemCodes(id);
        String action = "Réparer la clôture " + UUID.randomUUID().toString().substring(0, 8);
        Inspecting.closeWith("inspector-gao", id, Map.of(codes.get(2), Inspecting.failure("CRITICAL", action, 7)));

        PageSession commander = PageSession.open("commander", "/app/inspections/actions");
        assertTrue(commander.page().contains(action) && commander.page().contains("ARM-GAO-01"), commander.page());
        String item = "/app/inspections/" + id + "/items/" + codes.get(2);
        String shown = page(commander, item);
        assertTrue(shown.contains("name=\"note\"") && shown.contains("value=\"EVIDENCE\""), shown);
        assertFalse(shown.contains("name=\"result\""), "the commander does not assess");

        String refused = commander.post().formParam("note", "Clôture refaite").post(item + "/action/close").then()
                .statusCode(200).extract().asString();
        assertTrue(refused.contains("role=\"alert\"") && refused.contains("photo en preuve"), refused);
        photo(commander, id, codes.get(2), "EVIDENCE", Inspecting.jpeg(200, 150), "image/jpeg", true).then()
                .statusCode(303);
        commander.post().formParam("note", "Clôture refaite").redirects().follow(false).post(item + "/action/close")
                .then().statusCode(303);
        assertEquals("CLOSED", as("admin").get("/api/inspections/" + id).path("items[2].action.status"));
        assertTrue(page(commander, "/app/inspections/actions?status=CLOSED").contains(action), "listed as closed");
        assertFalse(page(commander, "/app/inspections/actions").contains(action), "no longer waiting");

        PageSession clerk = PageSession.open("clerk-gao", item);
        assertFalse(clerk.page().contains("name=\"note\""), "a clerk follows nothing up");
        photo(clerk, id, codes.get(2), "EVIDENCE", Inspecting.jpeg(20, 20), "image/jpeg", true).then()
                .statusCode(403);
    }

    private static String page(PageSession session, String path) {
        return given().cookies(session.cookies()).get(path).then().statusCode(200).extract().asString();
    }

    private static Map<String, Object> item(long inspection, int index) {
        return as("admin").get("/api/inspections/" + inspection).path("items[" + index + "]");
    }

    /** A photo sent as the item page's form sends it: multipart, the form token among its fields unless left out. */
    private static io.restassured.response.Response photo(PageSession session, long inspection, String code,
            String purpose, byte[] bytes, String mediaType, boolean withToken) {
        RequestSpecification form = given().cookies(session.cookies()).redirects().follow(false)
                .multiPart("purpose", purpose).multiPart("photo", "photo.jpg", bytes, mediaType);
        if (withToken) {
            form = form.multiPart("csrf", session.token());
        }
        return form.post("/app/inspections/" + inspection + "/items/" + code + "/photos");
    }
}
