package org.stockpile.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stockpile.support.Api.ADMIN;
import static org.stockpile.support.Api.COMMANDER;
import static org.stockpile.support.Api.as;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stockpile.support.Chromium;
import org.stockpile.support.Custody;
import org.stockpile.support.Qualifications;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Training in the browser: a trainer runs a session from creation to its certificates (enrolment by badge scan,
 * attendance day by day, results, closing, printing); a clerk refused for lack of certification asks a commander,
 * who overrides it with a reason, and the override is in the reports.
 */
@QuarkusTest
class TrainingBrowserTest {

    @RegisterExtension
    static final Chromium CHROMIUM = new Chromium();

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @TestHTTPResource("/app")
    URL app;

    /** A person registered for the test at Gao: their badge tag. */
    static String newTrainee(String serviceNumber, String familyName) {
        return as(ADMIN).body(Map.of("serviceNumber", serviceNumber, "givenNames", "Fatoumata", "familyName",
                familyName, "rank", "Sergent", "forceCode", "GDN", "siteCode", "ARM-GAO-01")).post("/api/persons")
                .then().statusCode(201).extract().path("tagCode");
    }

    private static Page.GetByLabelOptions exact() {
        return new Page.GetByLabelOptions().setExact(true);
    }

    @Test
    void aTrainerRunsASessionFromEnrolmentToPrintedCertificates() {
        List<String> badges = List.of(newTrainee("GDN-740001", "Coulibaly"), newTrainee("GDN-740002", "Traoré"),
                newTrainee("GDN-740003", "Keïta"));
        Page trainer = CHROMIUM.newPage("fr-FR");
        Chromium.signIn(trainer, app + "/training", "trainer");
        assertThat(trainer.getByRole(AriaRole.TABLE).last()).containsText("PSSM-MAG");
        trainer.getByLabel("Cours", exact()).selectOption("PSSM-MAG");
        trainer.getByLabel("Site", exact()).selectOption("ARM-GAO-01");
        trainer.getByLabel("Premier jour").fill(TODAY.minusDays(1).toString());
        trainer.getByLabel("Dernier jour").fill(TODAY.toString());
        trainer.getByLabel("Places").fill("2");
        Chromium.button(trainer.locator("main"), "Créer la session").click();
        assertThat(trainer.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("magasinier");
        String session = trainer.url().replaceAll(".*/sessions/(\\d+).*", "$1");

        for (String badge : badges) {
            Chromium.scan(trainer, "Badge du stagiaire", badge);
        }
        // Two places: the third badge is refused, with why, and nothing is enrolled.
        assertThat(trainer.getByRole(AriaRole.ALERT)).containsText("complète");
        Locator trainees = trainer.locator("#results table");
        assertThat(trainees.locator("tbody tr")).hasCount(2);
        assertThat(trainer.getByLabel("Badge du stagiaire")).isFocused();

        for (LocalDate day : List.of(TODAY.minusDays(1), TODAY)) {
            trainer.getByLabel("Jour").selectOption(day.toString());
            Chromium.button(trainer.locator("main"), "Afficher ce jour").click();
            trainer.locator("#attendance input[type=checkbox]").all().forEach(Locator::check);
            Chromium.button(trainer.locator("main"), "Enregistrer les présences du jour").click();
        }
        assertThat(trainees.locator("tbody tr").first()).containsText("2 / 2");
        Chromium.button(trainer.locator("main"), "Clôturer la session").click();
        assertThat(trainer.getByRole(AriaRole.ALERT)).containsText("résultat");

        for (int row = 0; row < 2; row++) {
            Locator line = trainees.locator("tbody tr").nth(row);
            line.getByLabel("Note (sur 100)").fill("82.5");
            line.getByLabel("Résultat").selectOption("PASSED");
            Chromium.button(line, "Enregistrer").click();
            assertThat(trainees.locator("tbody tr").nth(row)).containsText("Reçu — 82.5");
        }
        Chromium.screenshot(trainer, "training-session-fr");
        Chromium.button(trainer.locator("main"), "Clôturer la session").click();
        assertThat(trainer.locator("main")).containsText("Clôturée");
        Locator certificate = trainees.locator("tbody tr").first().locator(".code").last();
        String number = certificate.textContent().strip();
        assertTrue(number.matches("ML-\\d{4}-\\d{6}"), number);
        as(ADMIN).get("/api/training/sessions/" + session).then().statusCode(200).body("session.status",
                equalTo("CLOSED")).body("enrolments.findAll { it.certificateNumber != null }.size()", equalTo(2));

        APIResponse pdf = trainer.request().get(app + "/training-records/certificates/" + number + ".pdf?lang=en");
        assertEquals(200, pdf.status());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));

        // The certificate's QR code leads to the public verification page.
        String code = as(ADMIN).get("/api/training/certificates/" + number).then().statusCode(200).extract()
                .path("verificationCode");
        Page anyone = CHROMIUM.newPage("fr-FR");
        anyone.navigate(app.toString().replace("/app", "/verify/") + number + "?code=" + code);
        assertThat(anyone.locator("main")).containsText("Valide");

        // After closing, a result changes only by a correction with a reason, kept in the trainee's record.
        Locator first = trainees.locator("tbody tr").first();
        first.getByLabel("Note (sur 100)").fill("90");
        first.getByLabel("Motif de la correction").fill("Erreur de saisie");
        Chromium.button(first, "Corriger").click();
        assertThat(trainees.locator("tbody tr").first()).containsText("Reçu — 90");
        trainees.locator("tbody tr").first().getByRole(AriaRole.LINK).first().click();
        assertThat(trainer.locator("main")).containsText("Erreur de saisie");
        Locator held = trainer.locator("#certificate-" + number);
        assertThat(held).containsText("Valide");
        held.getByLabel("Motif du retrait").fill("Fraude à l’examen");
        Chromium.button(held, "Retirer le certificat").click();
        assertThat(trainer.locator("#certificate-" + number)).containsText("Retiré — Fraude à l’examen");
        anyone.reload();
        assertThat(anyone.locator("main")).containsText("Retiré");
    }

    @Test
    void aClerkRefusedForLackOfCertificationAsksACommanderWhoOverridesIt() {
        String lapsed = Qualifications.crewServedHolderValidThrough(TODAY.minusDays(1));
        String mortar = Qualifications.weaponAtGao("MORTAR", "OVR-BROWSER");
        Page clerk = CHROMIUM.newPage("fr-FR");
        Chromium.signIn(clerk, app + "/counter", "clerk-gao");
        Chromium.scan(clerk, "Code scanné", lapsed);
        Chromium.scan(clerk, "Code scanné", mortar);
        assertThat(clerk.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Scans"))
                .getByRole(AriaRole.LISTITEM)).hasCount(2);
        Chromium.button(clerk.locator("body"), "Confirmer").click();
        Locator refusal = clerk.getByRole(AriaRole.ALERT).filter(new Locator.FilterOptions().setHasText("expiré"));
        assertThat(refusal).containsText(lapsed);
        // Said for the clerk, not for an API client: no address to send the request to.
        assertThat(refusal).containsText("L’opération exige une certification qui manque");
        assertThat(refusal).not().containsText("/certification-override");
        Chromium.screenshot(clerk, "counter-certification-refused-fr");
        Chromium.button(refusal, "Demander une dérogation à un commandant").click();
        assertThat(clerk.getByRole(AriaRole.ALERT).filter(new Locator.FilterOptions().setHasText("attente")))
                .containsText("commandant");

        Page commander = CHROMIUM.newPage("en-GB");
        Chromium.signIn(commander, app + "/approvals", "commander");
        Locator waiting = commander.getByRole(AriaRole.ARTICLE).filter(new Locator.FilterOptions().setHasText(mortar));
        assertThat(waiting).containsText("Override requested");
        assertThat(waiting).containsText(lapsed);
        // What was lacking, kept in the ledger in no language, is said in the reader's.
        assertThat(waiting).containsText("authorising mortars, has expired: not valid since " + TODAY);
        waiting.getByLabel("Reason for the override (commander)").fill("Night patrol, refresher booked");
        Chromium.button(waiting, "Approve").click();
        assertThat(waiting.getByRole(AriaRole.ALERT)).containsText("Approved");
        as(COMMANDER).get("/api/custody/weapons/" + Custody.weaponId(mortar) + "/history").then().statusCode(200)
                .body("find { it.type == 'ISSUE' }.overrideReason", equalTo("Night patrol, refresher booked"));

        commander.navigate(app + "/weapons/" + Custody.weaponId(mortar));
        assertThat(commander.locator("ol.timeline")).containsText("Override granted despite missing certification: "
                + "Night patrol, refresher booked");
        assertThat(commander.locator("ol.timeline")).containsText("authorising mortars, has expired");

        commander.navigate(app + "/reports/training");
        Locator overrides = commander.locator("section").filter(new Locator.FilterOptions().setHas(
                commander.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Operations allowed by "
                        + "override despite missing certification"))));
        assertThat(overrides.locator("tr").filter(new Locator.FilterOptions().setHasText(mortar)))
                .containsText("Night patrol, refresher booked");
        assertThat(commander.locator("figure svg rect").first()).isVisible();
        Chromium.screenshot(commander, "training-reports-en");
    }
}
