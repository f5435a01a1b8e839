package org.stockpile.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.stockpile.support.Api.ADMIN;
import static org.stockpile.support.Api.as;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stockpile.support.Camera;
import org.stockpile.support.Chromium;
import org.stockpile.support.Custody;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A clerk at the counter, in a real Chromium: scans are typed as a wedge scanner types them (fast keystrokes, then
 * Enter), each is checked at once, and a confirmation records one operation however often it is clicked.
 */
@QuarkusTest
class CounterBrowserTest {

    @RegisterExtension
    static final Chromium CHROMIUM = new Chromium();

    @TestHTTPResource("/app/counter")
    URL counter;

    private static void scan(Page page, String code) {
        Chromium.scan(page, "Code scanné", code);
    }

    private static Locator lines(Page page) {
        return page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Scans"))
                .getByRole(AriaRole.LISTITEM);
    }

    private static long events(String weaponTag, String type) {
        List<String> types = as(ADMIN).get("/api/custody/weapons/" + Custody.weaponId(weaponTag) + "/history")
                .then().statusCode(200).extract().path("type");
        return types.stream().filter(type::equals).count();
    }

    @Test
    void aClerkIssuesThreeWeaponsByScanningAndAMisreadCodeIsRefusedWithItsReason() {
        List<String> weapons = Custody.freshWeapons("ARM-GAO-01", "counter-issue", 3);
        String badge = Custody.personTagAt("ARM-GAO-01");
        Page page = CHROMIUM.newPage("fr-FR");
        Chromium.signIn(page, counter.toString(), "clerk-gao");

        scan(page, badge);
        weapons.forEach(tag -> scan(page, tag));
        String misread = weapons.get(0).substring(0, 7) + (weapons.get(0).endsWith("0") ? "1" : "0");
        scan(page, misread);

        assertThat(lines(page)).hasCount(5);
        assertThat(lines(page).nth(0)).containsText("Badge");
        for (int i = 0; i < 3; i++) {
            assertThat(lines(page).nth(i + 1)).containsText(weapons.get(i));
            assertThat(lines(page).nth(i + 1)).containsText("en magasin");
        }
        assertThat(lines(page).nth(4)).containsText("caractère de contrôle");
        assertThat(page.locator("#plan")).containsText("perception");
        assertThat(page.locator("#plan")).containsText("3 armes");
        Chromium.screenshot(page, "counter-issue-scanned-fr");

        Chromium.button(page.locator("body"), "Confirmer").dblclick();

        assertThat(page.getByRole(AriaRole.ALERT).filter(new Locator.FilterOptions().setHasText("Fait")))
                .containsText("perception");
        assertThat(lines(page)).hasCount(0);
        Chromium.screenshot(page, "counter-issue-done-fr");
        page.reload();
        for (String tag : weapons) {
            as(ADMIN).get("/api/weapons/" + Custody.weaponId(tag)).then().statusCode(200)
                    .body("state", org.hamcrest.Matchers.equalTo("ISSUED"))
                    .body("holderTag", org.hamcrest.Matchers.equalTo(badge));
            assertEquals(1, events(tag, "ISSUE"), "one issue recorded for " + tag + " however often confirmed");
        }
    }

    @Test
    void aPhotoOfLabelsAddsEveryCodeFoundAsScans() throws IOException {
        List<String> weapons = Custody.freshWeapons("ARM-GAO-01", "counter-photo", 1);
        byte[] label = as(ADMIN).accept("image/png").get("/api/tags/" + weapons.get(0) + "/label.png").then()
                .statusCode(200).extract().asByteArray();
        Path photo = Files.createTempFile("label", ".png");
        Files.write(photo, label);
        Page page = CHROMIUM.newPage("fr-FR");
        Chromium.signIn(page, counter.toString(), "clerk-gao");
        page.getByLabel("Photo de codes (râtelier, étiquettes)").setInputFiles(photo);
        assertThat(lines(page)).hasCount(1);
        assertThat(lines(page).nth(0)).containsText(weapons.get(0));
        assertThat(lines(page).nth(0)).containsText("en magasin");
        Files.delete(photo);
    }

    @Test
    void withoutBarcodeDetectorTheCameraReadsEachLabelSymbologyThroughZxing() throws IOException {
        List<String> weapons = Custody.freshWeapons("ARM-GAO-01", "counter-camera", 3);
        List<String> symbologies = List.of("QR", "DATA_MATRIX", "CODE_128");
        List<BufferedImage> labels = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            byte[] png = as(ADMIN).accept("image/png").queryParam("symbology", symbologies.get(i))
                    .get("/api/tags/" + weapons.get(i) + "/label.png").then().statusCode(200).extract().asByteArray();
            labels.add(ImageIO.read(new ByteArrayInputStream(png)));
        }
        Path video = Files.createTempFile("camera", ".y4m");
        Camera.film(labels, video);
        Page page = CHROMIUM.newPageFilming(video, "fr-FR");
        // Whatever this Chromium's platform offers, the test takes the path of browsers that cannot read codes.
        page.addInitScript("delete window.BarcodeDetector;");
        Chromium.signIn(page, counter.toString(), "clerk-gao");

        Response decoder = page.waitForResponse(response -> response.url().contains("zxing"),
                () -> Chromium.button(page.locator("body"), "Scanner avec la caméra").click());

        assertEquals(200, decoder.status());
        assertThat(lines(page)).hasCount(3, new LocatorAssertions.HasCountOptions().setTimeout(20_000));
        for (String tag : weapons) {
            assertThat(lines(page).filter(new Locator.FilterOptions().setHasText(tag))).hasCount(1);
        }
        Chromium.screenshot(page, "counter-camera-fr");
        Chromium.button(page.locator("body"), "Arrêter la caméra").click();
        assertThat(page.locator("#camera-view")).isHidden();
        Files.delete(video);
    }

    @Test
    void aCameraThatCannotBeOpenedIsSaidAndTheScanFieldKeepsTheFocus() {
        Page page = CHROMIUM.newPage("fr-FR");
        Chromium.signIn(page, counter.toString(), "clerk-gao");
        Chromium.button(page.locator("body"), "Scanner avec la caméra").click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("La caméra n'a pas pu être ouverte");
        assertThat(page.getByLabel("Code scanné")).isFocused();
        assertThat(page.locator("#camera-view")).isHidden();
    }
}
