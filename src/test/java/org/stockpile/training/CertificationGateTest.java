package org.stockpile.training;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.stockpile.support.Api.ADMIN;
import static org.stockpile.support.Api.CLERK_GAO;
import static org.stockpile.support.Api.COMMANDER;
import static org.stockpile.support.Api.INSPECTOR_NATIONAL;
import static org.stockpile.support.Api.TRAINER;
import static org.stockpile.support.Api.as;
import static org.stockpile.support.Custody.perform;
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

/**
 * Custody that requires certification, through the API: the recipient of crew-served weapons needs a valid
 * qualification (the demo has one valid through today and one that ran out yesterday at Gao), the person at the
 * counter a valid certificate for the clerk's role, and a commander may override one operation, which is then kept
 * in the chain that still verifies.
 */
@QuarkusTest
class CertificationGateTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final String CLERK_LAPSED = "clerk-lapsed";

    @Test
    void aRecipientNeedsAQualificationValidOnTheDayForCrewServedWeapons() {
        String lapsed = Qualifications.crewServedHolderValidThrough(TODAY.minusDays(1));
        String lastDay = Qualifications.crewServedHolderValidThrough(TODAY);
        String rocketLauncher = Qualifications.weaponAtGao("ROCKET_LAUNCHER", "GATE-1");
        perform(CLERK_GAO, "issue", scan(List.of(rocketLauncher), "personTag", lapsed)).then().statusCode(422)
                .body("type", equalTo("urn:stockpile:problem:certification-required"))
                .body("items", hasSize(1)).body("items[0].tag", equalTo(lapsed))
                .body("items[0].message", containsString("plus valide depuis le " + TODAY));
        as(CLERK_GAO).header("Accept-Language", "en").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(scan(List.of(rocketLauncher), "personTag", lapsed)).post("/api/custody/issue").then()
                .statusCode(422).body("items[0].message", containsString("rocket launchers, has expired: not valid "
                        + "since " + TODAY));
        perform(CLERK_GAO, "issue", scan(List.of(rocketLauncher), "personTag", lastDay)).then().statusCode(200);
        // Rifles need no qualification: no course of the catalogue authorises them.
        String rifle = Qualifications.weaponAtGao("RIFLE", "GATE-2");
        perform(CLERK_GAO, "issue", scan(List.of(rifle), "personTag", lapsed)).then().statusCode(200);
    }

    @Test
    void aCommanderOverridesOneOperationAndTheChainKeepsIt() {
        String lapsed = Qualifications.crewServedHolderValidThrough(TODAY.minusDays(1));
        String mortar = Qualifications.weaponAtGao("MORTAR", "GATE-3");
        Map<String, Object> issue = scan(List.of(mortar), "personTag", lapsed);
        String key = UUID.randomUUID().toString();
        String pending = Custody.requestOverride(CLERK_GAO, "issue", issue, key).then().statusCode(202)
                .extract().path("pendingOperationId");
        assertEquals(pending, Custody.requestOverride(CLERK_GAO, "issue", issue, key).then().statusCode(202)
                .extract().path("pendingOperationId"), "a replayed request is answered as the first");
        as(COMMANDER).get("/api/custody/pending/" + pending).then().statusCode(200)
                .body("overrideFindings", hasSize(1))
                .body("overrideFindings[0]", containsString("recipient " + lapsed + " MORTAR expired"));
        Custody.approve(INSPECTOR_NATIONAL, pending, Map.of("reason", "Mission urgente")).then().statusCode(403);
        Custody.approve(COMMANDER, pending, Map.of()).then().statusCode(422).body("field", equalTo("reason"));
        Custody.approve(COMMANDER, pending, Map.of("reason", "Mission urgente, recyclage prévu le mois prochain"))
                .then().statusCode(200);
        long weaponId = Custody.weaponId(mortar);
        as(COMMANDER).get("/api/custody/weapons/" + weaponId + "/history").then().statusCode(200)
                .body("find { it.type == 'ISSUE' }.overrideReason",
                        equalTo("Mission urgente, recyclage prévu le mois prochain"))
                .body("find { it.type == 'ISSUE' }.approvedBy", equalTo("commander"))
                .body("find { it.type == 'ISSUE' }.overrideFindings", containsString(lapsed))
                .body("find { it.type == 'RECEIPT' }.overrideReason", nullValue());
        as(COMMANDER).get("/api/custody/ledger/verification?siteCode=ARM-GAO-01").then().statusCode(200)
                .body("intact", equalTo(true));
    }

    @Test
    void anOverrideIsAskedOnlyWhenCertificationLacks() {
        String rifle = Qualifications.weaponAtGao("RIFLE", "GATE-4");
        Custody.requestOverride(CLERK_GAO, "issue", scan(List.of(rifle), "personTag",
                Custody.personTagAt("ARM-GAO-01")), UUID.randomUUID().toString()).then().statusCode(422)
                .body("detail", containsString("Rien ne manque"));
    }

    @Test
    void theClerkNeedsACertificateForTheClerksRoleOnTheDay() {
        String rifle = Qualifications.weaponAtGao("RIFLE", "GATE-5");
        String recipient = Custody.personTagAt("ARM-GAO-01");
        perform(CLERK_LAPSED, "issue", scan(List.of(rifle), "personTag", recipient)).then().statusCode(422)
                .body("items[0].tag", equalTo(CLERK_LAPSED))
                .body("items[0].message", containsString("n’est lié à aucune personne"));
        // Linked by an administrator to a person certified today, the clerk may act from today, not before.
        Map<String, Object> certified = TrainingSessionsTest.certified("PSSM-MAG", "GDN-720001");
        Map<String, Object> person = as(ADMIN).get("/api/persons/" + certified.get("id")).then().statusCode(200)
                .extract().body().as(Map.class);
        person.put("account", CLERK_LAPSED);
        as(CLERK_GAO).body(person).put("/api/persons/" + certified.get("id")).then().statusCode(403);
        as(ADMIN).body(person).put("/api/persons/" + certified.get("id")).then().statusCode(200);
        perform(CLERK_LAPSED, "issue", scan(List.of(rifle), "personTag", recipient, "deviceTime",
                TODAY.minusDays(1) + "T12:00:00Z")).then().statusCode(422)
                .body("items[0].message", containsString("n’est valide qu’à partir du " + TODAY));
        perform(CLERK_LAPSED, "issue", scan(List.of(rifle), "personTag", recipient)).then().statusCode(200);
        as(TRAINER).body(Map.of("reason", "Suspendu")).post("/api/training/certificates/" + certified
                .get("certificate") + "/revoke").then().statusCode(200);
        List<Map<String, Object>> refusal = perform(CLERK_LAPSED, "return", scan(List.of(rifle))).then()
                .statusCode(422).extract().path("items");
        assertFalse(refusal.isEmpty());
        assertEquals("Le certificat " + certified.get("certificate") + " de Awa Diarra (la personne qui effectue "
                + "l’opération), autorisant la fonction de magasinier, a été retiré : plus valide depuis le " + TODAY
                + ".", refusal.get(0).get("message"));
    }
}
