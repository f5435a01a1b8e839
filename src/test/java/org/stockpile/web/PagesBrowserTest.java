package org.stockpile.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stockpile.support.Chromium;
import org.stockpile.support.Custody;
import org.stockpile.support.Fixtures;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** The pages around the counter, in a real Chromium: scope, language, weapon pages and labels. */
@QuarkusTest
class PagesBrowserTest {

    @RegisterExtension
    static final Chromium CHROMIUM = new Chromium();

    @TestHTTPResource("/app")
    URL home;

    @Test
    void aKayesClerkOpeningAGaoWeaponsPageGetsTheNotFoundPageAndCannotFindIt() {
        String gaoWeapon = Custody.freshWeapons("ARM-GAO-01", "pages-scope", 1).get(0);
        Page kayes = CHROMIUM.newPage("fr-FR");
        Chromium.signIn(kayes, home.toString(), "clerk-kayes");
        kayes.navigate(home + "/weapons/" + Custody.weaponId(gaoWeapon));
        assertThat(kayes.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Introuvable");
        assertThat(kayes.locator("main")).not().containsText("pages-scope");
        kayes.navigate(home + "/weapons?q=pages-scope");
        assertThat(kayes.locator("main")).containsText("0 résultat");

        Page gao = CHROMIUM.newPage("fr-FR");
        Chromium.signIn(gao, home.toString(), "clerk-gao");
        gao.navigate(home + "/weapons?q=pages-scope");
        gao.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(gaoWeapon)).click();
        assertThat(gao.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("AKM");
        assertThat(gao.locator("main")).containsText("réception initiale");
        Chromium.screenshot(gao, "weapon-page-fr");
    }

    @Test
    void theLanguageSwitchIsRememberedFromPageToPage() {
        Page page = CHROMIUM.newPage("fr-FR");
        Chromium.signIn(page, home.toString(), "clerk-gao");
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English")).click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open the counter")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Armoury counter");
        assertThat(page.getByLabel("Scanned code")).isFocused();
        Chromium.scan(page, "Scanned code", Custody.personTagAt("ARM-GAO-01"));
        for (String weapon : Custody.freshWeapons("ARM-GAO-01", "pages-english", 2)) {
            Chromium.scan(page, "Scanned code", weapon);
        }
        assertThat(page.locator("#plan")).containsText("issue — 2 weapons");
        Chromium.screenshot(page, "counter-issue-scanned-en");
        Chromium.button(page.locator("body"), "Confirm").click();
        assertThat(page.getByRole(AriaRole.ALERT).filter(new Locator.FilterOptions().setHasText("Done")))
                .containsText("Print their labels");
        Chromium.screenshot(page, "counter-issue-done-en");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Français")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Guichet de l’armurerie");
    }

    @Test
    void theLabelsPageIsFilledWithTheCodesItWasOpenedWith() {
        String weapon = Custody.freshWeapons("ARM-GAO-01", "pages-labels", 1).get(0);
        Page page = CHROMIUM.newPage("fr-FR");
        Chromium.signIn(page, home.toString(), "clerk-gao");
        page.navigate(home + "/labels?tag=" + weapon);
        assertThat(page.getByLabel("Codes à imprimer (un par ligne, scannés ou tapés)")).hasValue(weapon);
        assertThat(page.getByLabel("Support")).hasValue("A4");
        Chromium.screenshot(page, "labels-fr");
    }

    @Test
    void theCounterFitsAPhonesScreen() {
        Page phone = CHROMIUM.newPage("fr-FR", 390, 844);
        Chromium.signIn(phone, home + "/counter", "clerk-gao");
        assertThat(phone.getByLabel("Code scanné")).isFocused();
        assertThat(phone.getByLabel("Photo de codes (râtelier, étiquettes)")).isVisible();
        Chromium.screenshot(phone, "counter-phone-fr");
        assertFitsTheScreen(phone);
    }

    @Test
    void theInspectorsAndClerksPagesFitAPhonesScreenTheirWideTablesScrollingInPlace() {
        long inspection = Fixtures.inspectionAtGao();
        long lossReport = Fixtures.lossReportAtGao();
        Fixtures.keyAtGao();
        Page phone = CHROMIUM.newPage("fr-FR", 390, 844);
        Chromium.signIn(phone, home + "/inspections/" + inspection, "inspector-gao");
        for (String address : List.of("/inspections/" + inspection, "/inspections", "/inspections/actions",
                "/stocktakes")) {
            phone.navigate(home + address);
            assertFitsTheScreen(phone);
        }
        Page clerk = CHROMIUM.newPage("fr-FR", 390, 844);
        Chromium.signIn(clerk, home + "/keys", "clerk-gao");
        for (String address : List.of("/keys", "/loss-reports", "/loss-reports/" + lossReport)) {
            clerk.navigate(home + address);
            assertFitsTheScreen(clerk);
        }
        assertTrue(((Number) clerk.evaluate("document.querySelector('.scroll').scrollWidth")).intValue() > 390,
                "the loss report's weapons are wider than the phone, and scroll in their own group");
    }

    /** Nothing but the content of a table's own scrolling group is wider than the screen, so the page never pans. */
    private static void assertFitsTheScreen(Page phone) {
        Object wider = phone.evaluate("[...document.querySelectorAll('body *')].filter(e => !e.closest('.scroll "
                + "*') && e.getBoundingClientRect().right > window.innerWidth).map(e => e.tagName + '.' + e.className "
                + "+ '#' + e.id).slice(0, 5).join(', ')");
        assertEquals("", wider, "no element wider than a phone's screen on " + phone.url());
    }
}
