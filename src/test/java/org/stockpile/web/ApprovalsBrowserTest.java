package org.stockpile.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.stockpile.support.Api.ADMIN;
import static org.stockpile.support.Api.as;

import java.net.URL;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stockpile.support.Chromium;
import org.stockpile.support.Custody;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** The two-person rule in the browser: a dispatch waits, its requester cannot approve it, a commander does. */
@QuarkusTest
class ApprovalsBrowserTest {

    @RegisterExtension
    static final Chromium CHROMIUM = new Chromium();

    @TestHTTPResource("/app/counter")
    URL counter;

    @TestHTTPResource("/app/approvals")
    URL approvals;

    @Test
    void aDispatchWaitsItsRequesterCannotApproveItAndACommanderDoes() {
        String weapon = Custody.freshWeapons("ARM-GAO-01", "approval-dispatch", 1).get(0);
        Page clerk = CHROMIUM.newPage("fr-FR");
        Chromium.signIn(clerk, counter.toString(), "clerk-gao");
        Chromium.scan(clerk, "Code scanné", weapon);
        assertThat(clerk.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText(weapon)))
                .containsText("en magasin");
        // The operation is chosen with one key while the scan field keeps the focus.
        clerk.getByLabel("Code scanné").press("Alt+x");
        assertThat(clerk.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("expédition"))).isChecked();
        clerk.getByLabel("Site de destination (expédition)").selectOption("ARM-KAY-01");
        Chromium.button(clerk.locator("body"), "Confirmer").click();
        assertThat(clerk.getByRole(AriaRole.ALERT).filter(new Locator.FilterOptions().setHasText("attente")))
                .containsText("commandant");

        clerk.navigate(approvals.toString());
        Locator mine = clerk.getByRole(AriaRole.ARTICLE).filter(new Locator.FilterOptions().setHasText(weapon));
        assertThat(mine).containsText("Votre demande");
        assertThat(Chromium.button(mine, "Approuver")).hasCount(0);
        Chromium.screenshot(clerk, "approvals-requester-fr");

        Page commander = CHROMIUM.newPage("fr-FR");
        Chromium.signIn(commander, approvals.toString(), "commander");
        Locator waiting = commander.getByRole(AriaRole.ARTICLE).filter(new Locator.FilterOptions().setHasText(weapon));
        assertThat(waiting).containsText("expédition");
        assertThat(waiting).containsText("ARM-KAY-01");
        Chromium.screenshot(commander, "approvals-commander-fr");
        Chromium.button(waiting, "Approuver").click();
        assertThat(waiting.getByRole(AriaRole.ALERT)).containsText("Approuvée");
        assertThat(waiting).containsText("en transit");
        as(ADMIN).get("/api/weapons/" + Custody.weaponId(weapon)).then().statusCode(200)
                .body("state", equalTo("IN_TRANSIT"));
    }
}
