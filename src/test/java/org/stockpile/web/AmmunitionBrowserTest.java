package org.stockpile.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.stockpile.support.Api.ADMIN;
import static org.stockpile.support.Api.as;

import java.math.BigDecimal;
import java.net.URL;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stockpile.support.Chromium;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** The ammunition counter in a real Chromium: a lot scanned, its quantity typed, the licence's refusal read. */
@QuarkusTest
class AmmunitionBrowserTest {

    @RegisterExtension
    static final Chromium CHROMIUM = new Chromium();

    @TestHTTPResource("/app/ammunition")
    URL counter;

    /** A lot of a new 1.4S item weighing {@code neqKg} of explosive a round. */
    static String lot(String neqKg) {
        String itemCode = "T-S14-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        as(ADMIN).body(Map.of("itemCode", itemCode, "nomenclature", "Cartouche d’essai", "calibre", "essai",
                "unNumber", "0012", "hazardDivision", "1.4", "compatibilityGroup", "S", "neqPerUnitKg",
                new BigDecimal(neqKg))).post("/api/ammunition-items").then().statusCode(201);
        return as(ADMIN).body(Map.of("itemCode", itemCode, "lotNumber", "L-" + UUID.randomUUID()))
                .post("/api/ammunition-lots").then().statusCode(201).extract().path("tagCode");
    }

    @Test
    void aReceiptOverTheLicenceIsRefusedWithItsNumbersAndOneWithinItIsDone() {
        String heavy = lot("10.0");
        Page page = CHROMIUM.newPage("fr-FR");
        Chromium.signIn(page, counter.toString(), "clerk-storehouse");
        assertThat(page.getByLabel("Site", new Page.GetByLabelOptions().setExact(true))).hasValue("EXS-BKO-01");
        page.getByLabel("Lot scanné").press("Alt+e");
        assertThat(page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("réception initiale")))
                .isChecked();
        Chromium.scan(page, "Lot scanné", heavy);
        Locator quantity = page.getByLabel("Quantité");
        assertThat(quantity).isFocused();
        quantity.pressSequentially("100000");
        quantity.press("Enter");
        assertThat(page.getByLabel("Lot scanné")).isFocused();
        page.getByLabel("Référence (bon, procès-verbal, plainte)").fill("BR-ESSAI-1");
        Chromium.button(page.locator("body"), "Confirmer").click();
        Locator refusal = page.getByRole(AriaRole.ALERT).filter(new Locator.FilterOptions().setHasText("Refusé"));
        assertThat(refusal).containsText("licence");
        assertThat(refusal).containsText("limite");
        assertThat(refusal).containsText("kg");
        Chromium.screenshot(page, "ammunition-licence-refused-fr");

        quantity.fill("20");
        Chromium.button(page.locator("body"), "Confirmer").click();
        assertThat(page.getByRole(AriaRole.ALERT).filter(new Locator.FilterOptions().setHasText("Fait")))
                .containsText("1 lot");
        long held = as(ADMIN).get("/api/ammunition/stock?siteCode=EXS-BKO-01").then().statusCode(200).extract()
                .jsonPath().getList("findAll { it.lotTag == '" + heavy + "' }.quantity", Long.class).stream()
                .mapToLong(Long::longValue).sum();
        assertEquals(20, held, "the 20 rounds received, and only them");
    }
}
