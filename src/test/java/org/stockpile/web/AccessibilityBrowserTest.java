package org.stockpile.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.equalTo;
import static org.stockpile.support.Api.ADMIN;
import static org.stockpile.support.Api.as;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stockpile.support.Chromium;
import org.stockpile.support.Custody;
import org.stockpile.support.Fixtures;
import org.stockpile.support.Inspecting;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every page, in the state a person meets it, audited by axe-core in a real Chromium against the WCAG 2.1 A and AA
 * rules a tool can check (labels, names, roles, contrast, landmarks, language). What a tool cannot judge (keyboard
 * flow, focus order) is covered by the counter's own tests and the audit written in docs/accessibility.md.
 */
@QuarkusTest
class AccessibilityBrowserTest {

    @RegisterExtension
    static final Chromium CHROMIUM = new Chromium();

    /** More than any page has: a walk that does not come back to its start within it is a focus trap. */
    private static final int MAX_TAB_STOPS = 400;
    private static final List<String> RULES = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

    @TestHTTPResource("/app")
    URL app;

    /** Fails with each rule broken and the elements that break it, if the page breaks any. */
    private static void assertAccessible(Page page) {
        AxeResults audit = new AxeBuilder(page).withTags(RULES).analyze();
        assertFalse(audit.getPasses().isEmpty(), "the audit ran on " + page.url());
        String violations = audit.getViolations().stream().map(AccessibilityBrowserTest::describe)
                .collect(Collectors.joining("\n"));
        assertEquals("", violations, "WCAG 2.1 AA violations on " + page.url());
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " — " + rule.getNodes().stream()
                .map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", "));
    }

    @Test
    void theClerksPagesPassTheAudit() {
        String weapon = Custody.freshWeapons("ARM-GAO-01", "accessible", 1).get(0);
        String badge = Custody.personTagAt("ARM-GAO-01");
        Page page = CHROMIUM.newPage("fr-FR");
        Chromium.signIn(page, app.toString(), "clerk-gao");
        assertAccessible(page);

        page.navigate(app + "/counter");
        Chromium.scan(page, "Code scanné", badge);
        Chromium.scan(page, "Code scanné", weapon);
        Chromium.scan(page, "Code scanné", weapon);
        assertThat(page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Scans"))
                .getByRole(AriaRole.LISTITEM)).hasCount(3);
        assertAccessible(page);

        for (String address : List.of("/weapons?q=accessible", "/weapons/" + Custody.weaponId(weapon),
                "/persons/" + badge, "/sites/" + Fixtures.siteId("ARM-GAO-01"), "/labels?tag=" + weapon,
                "/loss-reports", "/loss-reports/" + Fixtures.lossReportAtGao())) {
            page.navigate(app + address);
            assertAccessible(page);
        }
    }

    @Test
    void aClerkHandsAKeyOverWithTwoScansAndTheKeyPagesPassTheAudit() {
        long count = Fixtures.stocktakeAtGao();
        String key = as(ADMIN).body(java.util.Map.of("siteCode", "ARM-GAO-01", "opens", "Porte du magasin"))
                .post("/api/keys").then().statusCode(201).extract().path("[0].tag");
        String badge = Custody.personTagAt("ARM-GAO-01");
        Page page = CHROMIUM.newPage("fr-FR");
        Chromium.signIn(page, app + "/keys", "clerk-gao");
        assertAccessible(page);

        // The scanner's Enter after the key sends nothing: the badge, still required, takes the focus.
        Chromium.scan(page, "Étiquette de la clé", key);
        assertThat(page.getByLabel("Badge de la personne qui reçoit la clé")).isFocused();
        assertTrue(page.url().endsWith("/app/keys"), "nothing sent yet: " + page.url());
        Chromium.scan(page, "Badge de la personne qui reçoit la clé", badge);

        assertThat(page).hasURL(java.util.regex.Pattern.compile("/app/keys/\\d+$"));
        assertThat(page.locator("dl.facts")).containsText(badge);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inventaire n° " + count)))
                .hasCount(1);
        assertEquals(badge, as(ADMIN).get("/api/keys/" + org.stockpile.system.TagCode.parse(key).number())
                .path("holderTag"));
        assertAccessible(page);
    }

    @Test
    void anInspectorAssessesAnItemOnAPhoneWithAPhotoAndTheInspectionPagesPassTheAudit() {
        long inspection = Inspecting.openAnew("inspector-gao", "ARM-GAO-01");
        List<String> codes = Inspecting.itemCodes(inspection);
        String item = app + "/inspections/" + inspection + "/items/";
        Page phone = CHROMIUM.newPage("fr-FR", 390, 844);
        Chromium.signIn(phone, item + codes.get(0), "inspector-gao");
        assertAccessible(phone);

        phone.getByLabel("Manquement").check();
        phone.getByLabel("Gravité").selectOption("HIGH");
        phone.getByLabel("Ce qu’il faut faire").fill("Changer le cadenas");
        phone.getByLabel("Responsable (poste ou nom)").fill("Chef de poste");
        phone.getByLabel("À faire pour le").fill(java.time.LocalDate.now().plusDays(10).toString());
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer et passer au suivant"))
                .click();
        assertThat(phone).hasURL(item + codes.get(1));
        assertAccessible(phone);

        byte[] photo = Inspecting.jpeg(640, 480);
        phone.navigate(item + codes.get(0));
        phone.getByLabel("Prendre ou choisir une photo (JPEG ou PNG)").setInputFiles(
                new com.microsoft.playwright.options.FilePayload("IMG_0001.jpg", "image/jpeg", photo));
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer la photo")).click();
        assertThat(phone.locator("ul.photos img")).hasCount(1);
        assertEquals(org.stockpile.system.Sha256.hex(photo), as(ADMIN).get("/api/inspections/" + inspection)
                .path("items[0].photos[0].sha256"), "the bytes the phone sent, kept as sent");
        Chromium.screenshot(phone, "inspection-item-phone-fr");
        assertAccessible(phone);
        for (String address : List.of("/inspections", "/inspections/" + inspection, "/inspections/actions")) {
            phone.navigate(app + address);
            assertAccessible(phone);
        }
    }

    @Test
    void theCommandersInspectorsAndStorekeepersPagesPassTheAudit() {
        Custody.dispatchWaiting("accessible-dispatch");
        Page commander = CHROMIUM.newPage("en-GB");
        Chromium.signIn(commander, app.toString(), "commander");
        assertAccessible(commander);
        for (String address : List.of("/approvals", "/reports")) {
            commander.navigate(app + address);
            assertAccessible(commander);
        }

        Page inspector = CHROMIUM.newPage("fr-FR");
        Chromium.signIn(inspector, app + "/ledger?site=&verify=1", "inspector-national");
        assertAccessible(inspector);

        Page storekeeper = CHROMIUM.newPage("fr-FR", 390, 844);
        Chromium.signIn(storekeeper, app + "/ammunition", "clerk-storehouse");
        assertAccessible(storekeeper);
    }

    @Test
    void theTrainersPagesAndTheTrainingRecordsAndReportsPassTheAudit() {
        String badge = TrainingBrowserTest.newTrainee("GDN-750001", "Sangaré");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        int session = as("trainer").body(java.util.Map.of("courseCode", "PSSM-REG", "siteCode", "ARM-GAO-01",
                "startsOn", today.minusDays(1).toString(), "endsOn", today.plusDays(3).toString(), "capacity", 10))
                .post("/api/training/sessions").then().statusCode(201).extract().path("session.id");
        as("trainer").body(java.util.Map.of("personTag", badge)).post("/api/training/sessions/" + session
                + "/enrolments").then().statusCode(201);
        Page trainer = CHROMIUM.newPage("fr-FR");
        Chromium.signIn(trainer, app + "/training", "trainer");
        assertAccessible(trainer);
        trainer.navigate(app + "/training/sessions/" + session);
        assertThat(trainer.locator("#attendance input[type=checkbox]")).hasCount(1);
        assertAccessible(trainer);
        Chromium.scan(trainer, "Badge du stagiaire", "P-NOT-A-BADGE");
        assertThat(trainer.getByRole(AriaRole.ALERT)).isVisible();
        assertAccessible(trainer);
        trainer.navigate(app + "/training/sessions/" + session + "?q=GDN-750001");
        assertThat(trainer.locator("ul.found li")).hasCount(1);
        assertAccessible(trainer);

        Page commander = CHROMIUM.newPage("en-GB");
        Chromium.signIn(commander, app + "/reports/training", "commander");
        assertAccessible(commander);
        Page clerk = CHROMIUM.newPage("fr-FR");
        Chromium.signIn(clerk, app + "/training-records/" + org.stockpile.system.TagCode.parse(
                Custody.personTagAt("ARM-GAO-01")).number(), "clerk-gao");
        assertThat(clerk.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Dossier de formation");
        assertAccessible(clerk);
    }

    @Test
    void theStocktakePagesPassTheAuditAndCountingOnAPhoneStaysBlind() {
        org.stockpile.support.Depots.Depot depot = org.stockpile.support.Depots.armoury("MPT", "R-A");
        String found = depot.weapon("R-A");
        String missing = depot.weapon("R-A");
        long stocktake = ((Number) as("inspector-mopti").body(java.util.Map.of("siteCode", depot.code(), "scope",
                "FULL")).post("/api/stocktakes").then().statusCode(201).extract().path("id")).longValue();
        Page phone = CHROMIUM.newPage("fr-FR", 390, 844);
        Chromium.signIn(phone, app + "/stocktakes/" + stocktake, "commander");
        phone.getByLabel("Emplacement où vous êtes (étiquette)").fill(depot.location("R-A"));
        Chromium.scan(phone, "Étiquette de l’arme", found);
        Chromium.scan(phone, "Étiquette de l’arme", unknownTag());
        assertThat(phone.locator("#count")).containsText("2 arme(s) scannée(s)");
        assertThat(phone.getByLabel("Étiquette de l’arme")).isFocused();
        assertThat(phone.getByLabel("Étiquette de l’arme")).hasValue("");
        assertThat(phone.getByRole(AriaRole.ALERT)).hasCount(0);
        assertFalse(phone.content().contains(missing), "the counting page shows nothing of the book");
        Chromium.screenshot(phone, "stocktake-counting-phone-fr");
        assertAccessible(phone);
        phone.navigate(app + "/stocktakes");
        assertAccessible(phone);
        phone.navigate(app + "/stocktakes/" + stocktake + "/findings");
        assertThat(phone.locator("body")).containsText(missing);
        Chromium.screenshot(phone, "stocktake-findings-phone-fr");
        assertAccessible(phone);
    }

    private static String unknownTag() {
        return org.stockpile.system.TagCode.of(org.stockpile.system.TagCode.Kind.WEAPON,
                95_000_000L + new java.util.Random().nextInt(900_000)).value();
    }

    @Test
    void theRefusalPagesPassTheAudit() {
        Page page = CHROMIUM.newPage("fr-FR");
        Chromium.signIn(page, app.toString(), "clerk-kayes");
        page.navigate(app + "/weapons/" + Custody.weaponId(Custody.freshWeapons("ARM-GAO-01", "accessible-scope", 1)
                .get(0)));
        assertAccessible(page);
        page.navigate(app + "/approvals");
        assertAccessible(page);
    }

    /**
     * The control that has the focus: a short description, whether an earlier tab stop was already on it, and the
     * contrast of its focus ring (an outline at least 2 px wide) against the background around it, 0 if none.
     */
    private static final String FOCUS_STOP = """
            (() => {
              const e = document.activeElement;
              if (e === document.body) return ['', false, 0];
              const seen = e.dataset.tabStop === 'seen';
              e.dataset.tabStop = 'seen';
              const name = e.tagName + (e.id ? '#' + e.id : '') + ' '
                  + (e.getAttribute('aria-label') || e.textContent || e.value || '').trim().slice(0, 30);
              const rgba = (colour) => colour.match(/[\\d.]+/g).map(Number);
              const luminance = (colour) => {
                const [r, g, b] = rgba(colour).slice(0, 3).map((x) => x / 255)
                    .map((x) => x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4));
                return 0.2126 * r + 0.7152 * g + 0.0722 * b;
              };
              let around = 'rgb(255, 255, 255)';
              for (let a = e.parentElement; a; a = a.parentElement) {
                const colour = getComputedStyle(a).backgroundColor;
                if (rgba(colour).length < 4 || rgba(colour)[3] > 0) { around = colour; break; }
              }
              const style = getComputedStyle(e);
              if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2) return [name, seen, 0];
              const [light, dark] = [luminance(style.outlineColor), luminance(around)].sort((x, y) => y - x);
              return [name, seen, (light + 0.05) / (dark + 0.05)];
            })()""";

    /**
     * Tabs through the whole page until the focus comes back to a control it has been on: each control reached
     * (added to {@code reached}, described briefly), and those of them whose focus ring cannot be seen well enough
     * (less than 3:1 against what is around it, WCAG 2.1's 1.4.11), with the contrast found.
     */
    private static List<String> tabStopsWithoutVisibleFocus(Page page, List<String> reached) {
        List<String> unseen = new ArrayList<>();
        for (int i = 0; i < MAX_TAB_STOPS; i++) {
            page.keyboard().press("Tab");
            List<?> stop = (List<?>) page.evaluate(FOCUS_STOP);
            String name = (String) stop.get(0);
            if (name.isEmpty()) {
                continue;
            }
            if ((Boolean) stop.get(1)) {
                return unseen;
            }
            reached.add(name);
            double contrast = ((Number) stop.get(2)).doubleValue();
            if (contrast < 3) {
                unseen.add(String.format(Locale.ROOT, "%s (%.1f:1)", name, contrast));
            }
        }
        throw new AssertionError("the focus never came back to where it had been: a trap? " + reached);
    }

    @Test
    void aClerkIssuesWithTheKeyboardAloneAndEveryControlShowsItsFocus() {
        List<String> weapons = Custody.freshWeapons("ARM-GAO-01", "keyboard", 2);
        Page page = CHROMIUM.newPage("fr-FR");
        Chromium.signIn(page, app + "/counter", "clerk-gao");
        Chromium.scan(page, "Code scanné", Custody.personTagAt("ARM-GAO-01"));
        weapons.forEach(weapon -> Chromium.scan(page, "Code scanné", weapon));
        assertThat(page.locator("#plan")).containsText("2 armes");

        page.keyboard().press("Control+Enter");

        assertThat(page.getByRole(AriaRole.ALERT).filter(new Locator.FilterOptions().setHasText("Fait")))
                .containsText("perception");
        for (String weapon : weapons) {
            as(ADMIN).get("/api/weapons/" + Custody.weaponId(weapon)).then().statusCode(200)
                    .body("state", equalTo("ISSUED"));
        }
        List<String> reached = new ArrayList<>();
        assertEquals(List.of(), tabStopsWithoutVisibleFocus(page, reached), "stops without a visible focus");
        assertTrue(reached.stream().anyMatch(stop -> stop.startsWith("BUTTON#confirm")), "reached: " + reached);
        assertTrue(reached.stream().anyMatch(stop -> stop.startsWith("INPUT#photo")), "reached: " + reached);
    }

    @Test
    void aCommanderApprovesWithTheKeyboardAlone() {
        String weapon = Custody.dispatchWaiting("keyboard-dispatch").weapon();
        Page page = CHROMIUM.newPage("fr-FR");
        Chromium.signIn(page, app + "/approvals", "commander");
        List<String> reached = new ArrayList<>();
        assertEquals(List.of(), tabStopsWithoutVisibleFocus(page, reached), "stops without a visible focus");
        assertTrue(reached.stream().anyMatch(stop -> stop.endsWith("Approuver")), "reached: " + reached);

        String isApproveForWeapon = "document.activeElement.textContent.trim() === 'Approuver' && "
                + "document.activeElement.closest('article').textContent.includes('" + weapon + "')";
        for (int i = 0; i < MAX_TAB_STOPS && !(Boolean) page.evaluate(isApproveForWeapon); i++) {
            page.keyboard().press("Tab");
        }
        assertTrue((Boolean) page.evaluate(isApproveForWeapon), "the keyboard reaches the dispatch's approval");
        page.keyboard().press("Enter");

        Locator waiting = page.getByRole(AriaRole.ARTICLE).filter(new Locator.FilterOptions().setHasText(weapon));
        assertThat(waiting.getByRole(AriaRole.ALERT)).containsText("Approuvée");
        as(ADMIN).get("/api/weapons/" + Custody.weaponId(weapon)).then().statusCode(200)
                .body("state", equalTo("IN_TRANSIT"));
    }
}
