package org.stockpile.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stockpile.support.Api.ADMIN;
import static org.stockpile.support.Api.as;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.stockpile.support.Custody;
import org.stockpile.system.TagCode;

import io.quarkus.test.junit.QuarkusTest;

/** The training pages as forms post to them: roles, scope, the session's own trainers, refusals shown. */
@QuarkusTest
class TrainingPagesTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    /** An open session at Gao trained by the person with badge {@code trainerTag}, with one trainee enrolled. */
    private static int sessionAtGao(String trainerTag, String traineeTag) {
        int session = as(ADMIN).body(Map.of("courseCode", "PSSM-REG", "siteCode", "ARM-GAO-01", "startsOn",
                TODAY.minusDays(1).toString(), "endsOn", TODAY.toString(), "capacity", 5, "trainerTags",
                List.of(trainerTag))).post("/api/training/sessions").then().statusCode(201).extract()
                .path("session.id");
        as(ADMIN).body(Map.of("personTag", traineeTag)).post("/api/training/sessions/" + session + "/enrolments")
                .then().statusCode(201);
        return session;
    }

    @Test
    void clerksReadTheRecordsOfTheirSiteButNotTheTrainersPages() {
        String badge = Custody.personTagAt("ARM-GAO-01");
        long person = TagCode.parse(badge).number();
        PageSession clerk = PageSession.open("clerk-gao", "/app/training-records/" + person);
        assertTrue(clerk.page().contains("Dossier de formation"), clerk.page());
        given().cookies(clerk.cookies()).get("/app/training").then().statusCode(403);
        PageSession kayes = PageSession.open("clerk-kayes", "/app");
        String name = as(ADMIN).get("/api/persons/" + person).then().extract().path("familyName");
        given().cookies(kayes.cookies()).get("/app/training-records/" + person).then().statusCode(404)
                .body(not(containsString(name)));
    }

    @Test
    void aSessionOutsideTheScopeIsNotFoundToReadOrToChange() {
        String trainee = TrainingBrowserTest.newTrainee("GDN-760001", "Diallo");
        int session = sessionAtGao(Custody.personTagAt("ARM-GAO-01"), trainee);
        PageSession mopti = PageSession.open("inspector-mopti", "/app/training");
        assertFalse(mopti.page().contains("/app/training/sessions/" + session + "\""), "not listed in Mopti");
        given().cookies(mopti.cookies()).get("/app/training/sessions/" + session).then().statusCode(404)
                .body(not(containsString("Diallo")));
        mopti.post().post("/app/training/sessions/" + session + "/close").then().statusCode(403);
        PageSession national = PageSession.open("inspector-national", "/app/training/sessions/" + session);
        assertTrue(national.page().contains("Diallo"), "a national inspector reads it");
        assertFalse(national.page().contains("action=\"/app/training/sessions/" + session + "/close\""),
                "but has no form to change it");
    }

    @Test
    void onlyTheSessionsOwnTrainersRecordResultsAndClose() {
        String trainee = TrainingBrowserTest.newTrainee("GDN-760002", "Touré");
        int session = sessionAtGao(Custody.personTagAt("ARM-GAO-01"), trainee);
        PageSession trainer = PageSession.open("trainer", "/app/training/sessions/" + session);
        assertFalse(trainer.page().contains("/close\""), "another trainer's session offers no closing");
        int enrolment = as(ADMIN).get("/api/training/sessions/" + session).then().extract().path("enrolments[0].id");
        trainer.post().formParam("outcome", "FAILED").formParam("version", "0")
                .post("/app/training/sessions/" + session + "/enrolments/" + enrolment + "/result").then()
                .statusCode(200).body(containsString("class=\"result refused\""));
        as(ADMIN).get("/api/training/sessions/" + session).then().body("enrolments[0].outcome", equalTo(null));
    }

    @Test
    void aRefusedSessionIsShownWithWhyAndWhatWasTyped() {
        PageSession trainer = PageSession.open("trainer", "/app/training");
        trainer.post().formParam("courseCode", "PSSM-MAG").formParam("siteCode", "ARM-GAO-01")
                .formParam("startsOn", TODAY.toString()).formParam("endsOn", TODAY.minusDays(3).toString())
                .formParam("capacity", "12").post("/app/training/sessions").then().statusCode(200)
                .body(containsString("class=\"result refused\""), containsString("value=\"" + TODAY + "\""),
                        containsString("value=\"12\""));
        String created = trainer.post().redirects().follow(false).formParam("courseCode", "PSSM-MAG")
                .formParam("siteCode", "ARM-GAO-01").formParam("startsOn", TODAY.toString())
                .formParam("endsOn", TODAY.plusDays(13).toString()).formParam("capacity", "12")
                .post("/app/training/sessions").then().statusCode(303).extract().header("Location");
        assertTrue(created.matches(".*/app/training/sessions/\\d+$"), created);
        String session = created.replaceAll(".*/", "");
        given().cookies(trainer.cookies()).get("/app/training/sessions/" + session).then().statusCode(200)
                .body(containsString("action=\"/app/training/sessions/" + session + "/cancel\""),
                        containsString("action=\"/app/training/sessions/" + session + "/close\""));
    }

    @Test
    void aTraineeWithoutTheirBadgeIsFoundByNameAndEnrolled() {
        String badge = TrainingBrowserTest.newTrainee("GDN-760003", "Samaké");
        int session = as("trainer").body(Map.of("courseCode", "NEDEX-1", "siteCode", "ARM-GAO-01", "startsOn",
                TODAY.toString(), "endsOn", TODAY.plusDays(4).toString(), "capacity", 5))
                .post("/api/training/sessions").then().statusCode(201).extract().path("session.id");
        PageSession trainer = PageSession.open("trainer", "/app/training/sessions/" + session + "?q=GDN-760003");
        assertTrue(trainer.page().contains("name=\"badge\" value=\"" + badge + "\""), "found by service number");
        trainer.post().redirects().follow(false).formParam("badge", badge)
                .post("/app/training/sessions/" + session + "/enrolments").then().statusCode(303);
        as(ADMIN).get("/api/training/sessions/" + session).then().body("enrolments[0].person.tagCode",
                equalTo(badge));
        PageSession mopti = PageSession.open("inspector-mopti", "/app/training");
        given().cookies(mopti.cookies()).get("/app/training/sessions/" + session + "?q=Samaké").then()
                .statusCode(404).body(not(containsString(badge)));
    }

    @Test
    void theTrainingReportsComeAsCsvFromThePage() {
        PageSession commander = PageSession.open("commander", "/app/reports/training");
        assertTrue(commander.page().contains("<svg"), "the chart is drawn");
        given().cookies(commander.cookies()).get("/app/reports/training/trained.csv").then().statusCode(200)
                .contentType(startsWith("text/csv")).body(startsWith("year,forceCode,regionCode,courseCode,persons"));
        given().cookies(commander.cookies()).get("/app/reports/training/people.csv").then().statusCode(404);
    }
}
