package org.stockpile.report;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stockpile.support.Api.CLERK_GAO;
import static org.stockpile.support.Api.CLERK_KAYES;
import static org.stockpile.support.Api.COMMANDER;
import static org.stockpile.support.Api.INSPECTOR_MOPTI;
import static org.stockpile.support.Api.TRAINER;
import static org.stockpile.support.Api.as;
import static org.stockpile.support.Custody.scan;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.stockpile.support.Custody;
import org.stockpile.support.Qualifications;

import io.quarkus.test.junit.QuarkusTest;

/** The training reports a commander reads: people trained, certificates running out, and the overrides. */
@QuarkusTest
class TrainingReportsTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final String PROGRAMME = "/api/reports/training/trained?from=2016&to=2019";

    @Test
    void theProgrammesPeopleTrainedAreCountedOnceByYearRegionForceAndCourse() {
        as(COMMANDER).get(PROGRAMME).then().statusCode(200).body("size()", equalTo(1))
                .body("[0].persons", equalTo(256)).body("[0].year", equalTo(null));
        as(COMMANDER).get(PROGRAMME + "&by=year").then().statusCode(200).body("year", equalTo(
                List.of(2019, 2018, 2017, 2016))).body("persons", equalTo(List.of(46, 71, 87, 52)));
        for (String by : List.of("region", "force", "course", "region,year")) {
            List<Integer> persons = as(COMMANDER).get(PROGRAMME + "&by=" + by).then().statusCode(200).extract()
                    .path("persons");
            assertTrue(persons.size() > 1, by);
            // Each of the programme's people passed once, so the groups share nobody.
            assertEquals(256, persons.stream().mapToInt(Integer::intValue).sum(), by);
        }
        as(COMMANDER).get(PROGRAMME + "&by=region,year").then()
                .body("find { it.regionCode == 'GAO' && it.year == 2017 }.persons", greaterThan(0))
                .body("find { it.regionCode == 'GAO' && it.year == 2017 }.courseCode", equalTo(null));
        as(COMMANDER).get(PROGRAMME + "&courseCode=PSSM-MAG").then().statusCode(200)
                .body("[0].persons", lessThan(256));
        String csv = as(COMMANDER).accept("text/csv").get(PROGRAMME + "&by=year").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        assertTrue(csv.startsWith("year,forceCode,regionCode,courseCode,persons\r\n2019,,,,46\r\n"), csv);
        as(COMMANDER).get(PROGRAMME + "&by=year,site").then().statusCode(400)
                .body("type", equalTo("urn:stockpile:problem:invalid-parameter")).body("field", equalTo("by"));
    }

    @Test
    void aRegionsInspectorCountsOnlyTheSessionsHeldInTheRegion() {
        List<String> regions = as(INSPECTOR_MOPTI).get(PROGRAMME + "&by=region").then().statusCode(200).extract()
                .path("regionCode");
        assertEquals(List.of("MPT"), regions);
        int mopti = as(INSPECTOR_MOPTI).get(PROGRAMME).then().extract().path("[0].persons");
        assertTrue(mopti > 0 && mopti < 256, "Mopti trained " + mopti);
    }

    @Test
    void certificatesRunningOutAreListedUntilRenewed() {
        String holder = Qualifications.crewServedHolderValidThrough(TODAY);
        String lapsed = Qualifications.crewServedHolderValidThrough(TODAY.minusDays(1));
        Map<String, Object> line = as(CLERK_GAO).get("/api/reports/training/expiring?days=30").then()
                .statusCode(200).extract().path("find { it.validThrough == '" + TODAY + "' }");
        assertEquals("ARM-COLL", line.get("courseCode"));
        assertEquals(0, line.get("daysLeft"));
        assertEquals("ARM-GAO-01", line.get("siteCode"));
        List<String> listed = as(COMMANDER).get("/api/reports/training/expiring?days=90").then().statusCode(200)
                .extract().path("number");
        assertTrue(listed.contains(line.get("number")));
        // Expired yesterday: no longer running out, so not listed; and nobody at Kayes holds Gao's.
        List<String> through = as(COMMANDER).get("/api/reports/training/expiring?days=90").then().extract()
                .path("validThrough");
        assertFalse(through.contains(TODAY.minusDays(1).toString()), lapsed + " expired yesterday");
        assertEquals(List.of(), as(CLERK_KAYES).get("/api/reports/training/expiring?days=90").then()
                .statusCode(200).extract().path("findAll { it.siteCode == 'ARM-GAO-01' }"));
        as(COMMANDER).get("/api/reports/training/expiring?days=45").then().statusCode(422)
                .body("field", equalTo("days"));

        renew(holder);
        listed = as(COMMANDER).get("/api/reports/training/expiring?days=90").then().extract().path("number");
        assertFalse(listed.contains(line.get("number")), "renewed by a later session");
    }

    @Test
    void anOverriddenOperationIsReportedWithWhoActedWhoApprovedAndWhy() {
        String lapsed = Qualifications.crewServedHolderValidThrough(TODAY.minusDays(1));
        String launcher = Qualifications.weaponAtGao("GRENADE_LAUNCHER", "OVR-1");
        String pending = Custody.requestOverride(CLERK_GAO, "issue", scan(List.of(launcher), "personTag", lapsed),
                UUID.randomUUID().toString()).then().statusCode(202).extract().path("pendingOperationId");
        Custody.approve(COMMANDER, pending, Map.of("reason", "Patrouille de nuit")).then().statusCode(200);

        String find = "find { it.itemTag == '" + launcher + "' }";
        as(COMMANDER).get("/api/reports/training/overrides?from=" + TODAY + "&to=" + TODAY).then().statusCode(200)
                .body(find + ".operation", equalTo("ISSUE")).body(find + ".siteCode", equalTo("ARM-GAO-01"))
                .body(find + ".requestedBy", equalTo("clerk-gao")).body(find + ".approvedBy", equalTo("commander"))
                .body(find + ".reason", equalTo("Patrouille de nuit"))
                .body(find + ".findings", containsString(lapsed));
        as(CLERK_GAO).get("/api/reports/training/overrides").then().statusCode(200)
                .body(find + ".reason", equalTo("Patrouille de nuit"));
        as(CLERK_KAYES).get("/api/reports/training/overrides").then().statusCode(200).body(find, equalTo(null));
        as(COMMANDER).get("/api/reports/training/overrides?to=" + TODAY.minusDays(1)).then().statusCode(200)
                .body(find, equalTo(null));
        as(COMMANDER).get("/api/reports/training/overrides?from=yesterday").then().statusCode(400)
                .body("type", equalTo("urn:stockpile:problem:invalid-parameter"));
        String csv = as(COMMANDER).accept("text/csv").get("/api/reports/training/overrides").then().statusCode(200)
                .extract().asString();
        assertTrue(csv.startsWith("serverTime,siteCode,siteSeq,operation,itemTag,serialOrLot,recipient,requestedBy,"
                + "approvedBy,reason,findings\r\n"), csv);
        assertTrue(csv.contains(launcher), csv);
    }

    /** A later crew-served weapons session, closed today, that the holder passes. */
    private static void renew(String personTag) {
        int session = as(TRAINER).body(Map.of("courseCode", "ARM-COLL", "siteCode", "ARM-GAO-01", "startsOn",
                TODAY.toString(), "endsOn", TODAY.toString(), "capacity", 5)).post("/api/training/sessions").then()
                .statusCode(201).extract().path("session.id");
        int enrolment = as(TRAINER).body(Map.of("personTag", personTag)).post("/api/training/sessions/" + session
                + "/enrolments").then().statusCode(201).extract().path("id");
        as(TRAINER).body(Map.of("day", TODAY.toString(), "presentTags", List.of(personTag)))
                .put("/api/training/sessions/" + session + "/attendance").then().statusCode(200);
        int version = as(TRAINER).get("/api/training/sessions/" + session).then().extract()
                .path("enrolments[0].version");
        as(TRAINER).body(Map.of("score", 80, "outcome", "PASSED", "version", version))
                .put("/api/training/sessions/" + session + "/enrolments/" + enrolment + "/result").then()
                .statusCode(200);
        as(TRAINER).post("/api/training/sessions/" + session + "/close").then().statusCode(200);
    }
}
