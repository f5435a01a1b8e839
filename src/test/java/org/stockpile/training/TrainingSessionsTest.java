package org.stockpile.training;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.stockpile.support.Api.ADMIN;
import static org.stockpile.support.Api.CLERK_GAO;
import static org.stockpile.support.Api.CLERK_KAYES;
import static org.stockpile.support.Api.INSPECTOR_MOPTI;
import static org.stockpile.support.Api.TRAINER;
import static org.stockpile.support.Api.as;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Sessions as trainers run them through the API, and what they leave: enrolment by badge within capacity,
 * attendance a day at a time, results under the attendance rule, closing that issues certificates, corrections
 * after closing, revocation, and who may see and do what.
 */
@QuarkusTest
class TrainingSessionsTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Inject
    DataSource dataSource;

    /** A person registered for the test at {@code site}, returned as their badge tag and id. */
    static Map<String, Object> newPerson(String site, String serviceNumber) {
        Map<String, Object> person = new HashMap<>(Map.of("serviceNumber", serviceNumber, "givenNames", "Awa",
                "familyName", "Diarra", "rank", "Sergent", "forceCode", "GDN", "siteCode", site));
        return as(ADMIN).body(person).post("/api/persons").then().statusCode(201).extract().body().as(Map.class);
    }

    /** A session of {@code course} at ARM-GAO-01 that ended {@code endedDaysAgo} days ago, trained by the trainer. */
    static int session(String course, int days, int endedDaysAgo, int capacity) {
        return as(TRAINER).body(Map.of("courseCode", course, "siteCode", "ARM-GAO-01",
                "startsOn", TODAY.minusDays(endedDaysAgo + days - 1L).toString(),
                "endsOn", TODAY.minusDays(endedDaysAgo).toString(), "capacity", capacity))
                .post("/api/training/sessions").then().statusCode(201)
                .body("session.trainers[0].tagCode", notNullValue()).extract().path("session.id");
    }

    static int enrol(int session, String personTag) {
        return as(TRAINER).body(Map.of("personTag", personTag)).post("/api/training/sessions/" + session
                + "/enrolments").then().statusCode(201).extract().path("id");
    }

    static void present(int session, LocalDate day, List<String> tags) {
        as(TRAINER).body(Map.of("day", day.toString(), "presentTags", tags))
                .put("/api/training/sessions/" + session + "/attendance").then().statusCode(200);
    }

    static void pass(int session, int enrolment) {
        result(session, enrolment, "PASSED").then().statusCode(200).body("outcome", equalTo("PASSED"));
    }

    /** Records a result against the enrolment's version as the session shows it now (attendance changes it). */
    static Response result(int session, int enrolment, String outcome) {
        int version = as(TRAINER).get("/api/training/sessions/" + session).then().statusCode(200).extract()
                .path("enrolments.find { it.id == " + enrolment + " }.version");
        return result(session, enrolment, outcome, version);
    }

    static Response result(int session, int enrolment, String outcome, int version) {
        return as(TRAINER).body(Map.of("score", 75.5, "outcome", outcome, "remarks", "Bon travail", "version", version))
                .put("/api/training/sessions/" + session + "/enrolments/" + enrolment + "/result");
    }

    /** A closed session at Gao that certified one new person in {@code course}: the person, and the number. */
    static Map<String, Object> certified(String course, String serviceNumber) {
        Map<String, Object> person = newPerson("ARM-GAO-01", serviceNumber);
        String tag = (String) person.get("tagCode");
        int session = session(course, 2, 0, 5);
        int enrolment = enrol(session, tag);
        present(session, TODAY.minusDays(1), List.of(tag));
        present(session, TODAY, List.of(tag));
        pass(session, enrolment);
        String number = as(TRAINER).post("/api/training/sessions/" + session + "/close").then().statusCode(200)
                .extract().path("enrolments[0].certificateNumber");
        Map<String, Object> result = new HashMap<>(person);
        result.put("certificate", number);
        return result;
    }

    @Test
    void aTrainerRunsASessionToItsCertificates() {
        List<Map<String, Object>> trainees = List.of(newPerson("ARM-GAO-01", "GDN-710001"),
                newPerson("ARM-GAO-01", "GDN-710002"), newPerson("ARM-GAO-01", "GDN-710003"));
        List<String> tags = trainees.stream().map(p -> (String) p.get("tagCode")).toList();
        int session = session("PSSM-MAG", 5, 1, 10);
        List<Integer> enrolments = tags.stream().map(tag -> enrol(session, tag)).toList();
        List<LocalDate> days = TODAY.minusDays(5).datesUntil(TODAY).toList();
        // The third trainee comes on the first three days only: 3 of 5, under the 4 a pass needs.
        for (int d = 0; d < days.size(); d++) {
            present(session, days.get(d), d < 3 ? tags : tags.subList(0, 2));
        }
        as(TRAINER).post("/api/training/sessions/" + session + "/close").then().statusCode(422)
                .body("type", equalTo("urn:stockpile:problem:rule-violation")).body("items", hasSize(3));
        pass(session, enrolments.get(0));
        pass(session, enrolments.get(1));
        result(session, enrolments.get(2), "PASSED").then().statusCode(422)
                .body("detail", equalTo("Présent 3 jours sur 5 : la réussite en exige au moins 4."));
        result(session, enrolments.get(2), "FAILED").then().statusCode(200);

        as(TRAINER).post("/api/training/sessions/" + session + "/close").then().statusCode(200)
                .body("session.status", equalTo("CLOSED")).body("session.closedBy", equalTo("trainer"))
                .body("enrolments.findAll { it.outcome == 'PASSED' }.certificateNumber", everyItem(notNullValue()))
                .body("enrolments.findAll { it.outcome == 'FAILED' }.certificateNumber", contains(nullValue()));
        as(CLERK_GAO).get("/api/training/persons/" + trainees.get(0).get("id")).then().statusCode(200)
                .body("sessions", hasSize(1)).body("sessions[0].enrolment.daysPresent", equalTo(5))
                .body("sessions[0].session.enrolled", equalTo(3))
                .body("certificates", hasSize(1)).body("certificates[0].status", equalTo("VALID"))
                .body("certificates[0].issuedOn", equalTo(TODAY.toString()))
                .body("certificates[0].validThrough", equalTo(TODAY.plusMonths(12).minusDays(1).toString()))
                .body("certificates[0].authorisedRoles", contains("CLERK"));
        as(CLERK_GAO).get("/api/training/persons/" + trainees.get(2).get("id")).then().statusCode(200)
                .body("sessions[0].enrolment.outcome", equalTo("FAILED")).body("certificates", hasSize(0));
        // Closed: nothing more is recorded, and closing again changes nothing.
        as(TRAINER).post("/api/training/sessions/" + session + "/close").then().statusCode(409)
                .body("type", equalTo("urn:stockpile:problem:state-conflict"));
        present409(session, days.get(0), tags);
    }

    private static void present409(int session, LocalDate day, List<String> tags) {
        as(TRAINER).body(Map.of("day", day.toString(), "presentTags", tags))
                .put("/api/training/sessions/" + session + "/attendance").then().statusCode(409);
    }

    @Test
    void aSessionSpansAtMostAYearOfPlausibleDates() {
        Map<String, Object> session = new HashMap<>(Map.of("courseCode", "NEDEX-1", "siteCode", "ARM-GAO-01",
                "startsOn", TODAY.toString(), "endsOn", TODAY.plusDays(TrainingSession.MAX_DAYS).toString(),
                "capacity", 5));
        as(TRAINER).body(session).post("/api/training/sessions").then().statusCode(422)
                .body("field", equalTo("endsOn")).body("detail", equalTo("Une session dure au plus 366 jours."));
        session.put("endsOn", "+999999999-12-31");
        as(TRAINER).body(session).post("/api/training/sessions").then().statusCode(422)
                .body("errors.field", contains("endsOn"));
    }

    @Test
    void enrolmentKeepsToCapacityAndToEachPersonOnce() {
        String first = (String) newPerson("ARM-GAO-01", "GDN-710011").get("tagCode");
        String second = (String) newPerson("ARM-GAO-01", "GDN-710012").get("tagCode");
        int session = session("NEDEX-1", 5, 0, 1);
        enrol(session, first);
        as(TRAINER).body(Map.of("personTag", first)).post("/api/training/sessions/" + session + "/enrolments")
                .then().statusCode(409).body("type", equalTo("urn:stockpile:problem:duplicate"));
        as(TRAINER).body(Map.of("personTag", second)).post("/api/training/sessions/" + session + "/enrolments")
                .then().statusCode(409).body("detail", equalTo("La session est complète (1 places)."));
        as(TRAINER).body(Map.of("personTag", "P0000000")).post("/api/training/sessions/" + session + "/enrolments")
                .then().statusCode(422);
        as(TRAINER).get("/api/training/sessions/" + session).then().statusCode(200).body("enrolments", hasSize(1));
    }

    @Test
    void aSessionClosesOnItsLastDayAndACancelledOneTakesNoMore() {
        String trainee = (String) newPerson("ARM-GAO-01", "GDN-710071").get("tagCode");
        int running = as(TRAINER).body(Map.of("courseCode", "NEDEX-1", "siteCode", "ARM-GAO-01",
                "startsOn", TODAY.toString(), "endsOn", TODAY.plusDays(4).toString(), "capacity", 5))
                .post("/api/training/sessions").then().statusCode(201).extract().path("session.id");
        int enrolment = enrol(running, trainee);
        result(running, enrolment, "FAILED").then().statusCode(200);
        as(TRAINER).post("/api/training/sessions/" + running + "/close").then().statusCode(422)
                .body("detail", equalTo("La session se termine le " + TODAY.plusDays(4)
                        + " : elle se clôture à partir de son dernier jour."));
        as(TRAINER).body(Map.of("reason", "Formateur indisponible")).post("/api/training/sessions/" + running
                + "/cancel").then().statusCode(200).body("session.status", equalTo("CANCELLED"))
                .body("session.cancelledReason", equalTo("Formateur indisponible")).body("enrolments", hasSize(1));
        as(TRAINER).body(Map.of("personTag", (String) newPerson("ARM-GAO-01", "GDN-710072").get("tagCode")))
                .post("/api/training/sessions/" + running + "/enrolments").then().statusCode(409)
                .body("detail", containsString("annulée"));
    }

    @Test
    void attendanceIsForEnrolledTraineesOnDaysOfTheSession() {
        String enrolled = (String) newPerson("ARM-GAO-01", "GDN-710021").get("tagCode");
        String stranger = (String) newPerson("ARM-GAO-01", "GDN-710022").get("tagCode");
        int session = session("NEDEX-1", 5, 0, 5);
        enrol(session, enrolled);
        as(TRAINER).body(Map.of("day", TODAY.toString(), "presentTags", List.of(enrolled, stranger)))
                .put("/api/training/sessions/" + session + "/attendance").then().statusCode(422)
                .body("items.tag", contains(stranger));
        as(TRAINER).body(Map.of("day", TODAY.minusDays(5).toString(), "presentTags", List.of(enrolled)))
                .put("/api/training/sessions/" + session + "/attendance").then().statusCode(422)
                .body("field", equalTo("day"));
        present(session, TODAY, List.of());
        as(TRAINER).get("/api/training/sessions/" + session).then().statusCode(200)
                .body("enrolments[0].attendance." + TODAY, equalTo(false)).body("enrolments[0].daysPresent", equalTo(0));
    }

    @Test
    void onlyTheSessionsTrainerRecordsResultsAndCloses() {
        String trainee = (String) newPerson("ARM-GAO-01", "GDN-710031").get("tagCode");
        String otherTrainer = (String) newPerson("ARM-GAO-01", "GDN-710032").get("tagCode");
        int session = as(TRAINER).body(Map.of("courseCode", "NEDEX-1", "siteCode", "ARM-GAO-01",
                "startsOn", TODAY.minusDays(4).toString(), "endsOn", TODAY.toString(), "capacity", 5,
                "trainerTags", List.of(otherTrainer))).post("/api/training/sessions").then().statusCode(201)
                .extract().path("session.id");
        int enrolment = enrol(session, trainee);
        List<Integer> mine = as(TRAINER).get("/api/training/sessions?mine=true&size=500").then().statusCode(200)
                .body("items", not(hasSize(0))).extract().path("items.id");
        assertFalse(mine.contains(session), "a session trained by someone else is not the trainer's");
        as(TRAINER).get("/api/training/sessions?courseCode=NEDEX-1&size=500").then().statusCode(200)
                .body("items.find { it.id == " + session + " }.enrolled", equalTo(1));
        result(session, enrolment, "FAILED").then().statusCode(403);
        as(TRAINER).post("/api/training/sessions/" + session + "/close").then().statusCode(403);
        as(CLERK_GAO).body(Map.of("personTag", trainee)).post("/api/training/sessions/" + session + "/enrolments")
                .then().statusCode(403);
        as(TRAINER).body(Map.of("personTag", otherTrainer)).post("/api/training/sessions/" + session
                + "/enrolments").then().statusCode(422).body("field", equalTo("personTag"));
    }

    @Test
    void aClosedResultChangesOnlyByACorrectionThatRevokesOrIssues() {
        Map<String, Object> person = certified("PSSM-MAG", "GDN-710041");
        String number = (String) person.get("certificate");
        Map<String, Object> record = as(TRAINER).get("/api/training/persons/" + person.get("id")).then()
                .statusCode(200).extract().path("sessions[0]");
        @SuppressWarnings("unchecked")
        int session = (Integer) ((Map<String, Object>) record.get("session")).get("id");
        @SuppressWarnings("unchecked")
        Map<String, Object> enrolment = (Map<String, Object>) record.get("enrolment");
        String path = "/api/training/sessions/" + session + "/enrolments/" + enrolment.get("id");
        result(session, (Integer) enrolment.get("id"), "FAILED", (Integer) enrolment.get("version")).then()
                .statusCode(409);
        as(TRAINER).body(Map.of("result", Map.of("score", 40, "outcome", "FAILED", "version",
                enrolment.get("version")), "reason", "Copie d’examen d’un autre stagiaire")).post(path
                        + "/corrections").then().statusCode(200).body("outcome", equalTo("FAILED"));
        as(TRAINER).get("/api/training/certificates/" + number).then().statusCode(200)
                .body("status", equalTo("REVOKED")).body("revokedOn", equalTo(TODAY.toString()))
                .body("revokedReason", equalTo("Copie d’examen d’un autre stagiaire"));
        as(TRAINER).get("/api/training/persons/" + person.get("id")).then().statusCode(200)
                .body("corrections", hasSize(1)).body("corrections[0].correctedBy", equalTo("trainer"))
                .body("corrections[0].changes", equalTo("score: 75.5 → 40\noutcome: PASSED → FAILED\n"
                        + "remarks: Bon travail → null"));
    }

    @Test
    void aCertificateIsRevokedOnceAndKeptAsIssued() throws SQLException {
        String number = (String) certified("ARMURIER", "GDN-710051").get("certificate");
        as(CLERK_GAO).body(Map.of("reason", "x")).post("/api/training/certificates/" + number + "/revoke").then()
                .statusCode(403);
        as(TRAINER).body(Map.of("reason", "Faute grave")).post("/api/training/certificates/" + number + "/revoke")
                .then().statusCode(200).body("status", equalTo("REVOKED")).body("revokedBy", equalTo("trainer"));
        as(ADMIN).body(Map.of("reason", "Encore")).post("/api/training/certificates/" + number + "/revoke").then()
                .statusCode(409).body("type", equalTo("urn:stockpile:problem:state-conflict"));
        try (Connection connection = dataSource.getConnection()) {
            assertThrows(SQLException.class, () -> connection.createStatement()
                    .executeUpdate("update certificate set valid_through = valid_through + 365 where number = '"
                            + number + "'"));
            assertThrows(SQLException.class, () -> connection.createStatement()
                    .executeUpdate("delete from certificate where number = '" + number + "'"));
        }
        as(ADMIN).get("/api/training/certificates/" + number).then().statusCode(200)
                .body("revokedReason", equalTo("Faute grave"));
    }

    @Test
    void recordsAndSessionsAreSeenOnlyInScope() {
        Map<String, Object> person = certified("SURV-MUN", "GDN-710061");
        as(CLERK_KAYES).get("/api/training/persons/" + person.get("id")).then().statusCode(404);
        as(CLERK_KAYES).get("/api/training/certificates/" + person.get("certificate")).then().statusCode(404);
        List<String> regions = as(INSPECTOR_MOPTI).get("/api/training/sessions?size=500").then().statusCode(200)
                .extract().path("items.regionCode");
        assertFalse(regions.isEmpty(), "the demo programme held sessions in Mopti");
        assertEquals(List.of("MPT"), regions.stream().distinct().toList());
        as(CLERK_GAO).get("/api/training/sessions").then().statusCode(403);
    }
}
