package org.stockpile.web;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.stockpile.support.Custody;

import io.quarkus.test.junit.QuarkusTest;

/** The labels page's print run: a PDF of the codes listed, and another site's code refused as unknown. */
@QuarkusTest
class LabelsPageTest {

    @Test
    void theCodesListedArePrintedAsAPdf() throws IOException {
        String weapon = Custody.freshWeapons("ARM-GAO-01", "labels-page", 1).get(0);
        PageSession clerk = PageSession.open("clerk-gao", "/app/labels?tag=" + weapon);
        byte[] pdf = clerk.post().formParam("tags", weapon + "\n" + weapon.toLowerCase() + " , ")
                .formParam("sheet", "THERMAL_50X25").formParam("symbology", "DATA_MATRIX").post("/app/labels")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(2, document.getNumberOfPages(), "one thermal label a code, the same code twice is two");
        }
    }

    @Test
    void anotherSitesCodeIsRefusedAsUnknownAndNothingIsPrinted() {
        String gaoWeapon = Custody.freshWeapons("ARM-GAO-01", "labels-scope", 1).get(0);
        PageSession kayes = PageSession.open("clerk-kayes", "/app/labels");
        kayes.post().formParam("tags", gaoWeapon).formParam("sheet", "A4").post("/app/labels").then()
                .statusCode(422).contentType(containsString("text/html")).body(containsString(gaoWeapon))
                .body(org.hamcrest.Matchers.not(containsString("labels-scope")));
    }
}
