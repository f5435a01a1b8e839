package org.stockpile.training;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stockpile.support.Api.CLERK_GAO;
import static org.stockpile.support.Api.CLERK_KAYES;
import static org.stockpile.support.Api.TRAINER;
import static org.stockpile.support.Api.anonymous;
import static org.stockpile.support.Api.as;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.stockpile.support.Pdfs;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The printed certificate in both languages, whose QR code leads to a public page that tells anyone valid or
 * revoked and shows only the holder's name and the course; and the attendance sheet to sign.
 */
@QuarkusTest
class CertificateDocumentsTest {

    private static byte[] pdf(String user, String path) {
        return as(user).accept("application/pdf").get(path).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
    }

    private static String qr(byte[] pdf) throws IOException, NotFoundException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
            return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(page)))).getText();
        }
    }

    @Test
    void aCertificatePrintsInBothLanguagesAndItsQrCodeOpensItsVerification() throws Exception {
        Map<String, Object> holder = TrainingSessionsTest.certified("PSSM-MAG", "GDN-730001");
        String number = (String) holder.get("certificate");
        String path = "/api/training/certificates/" + number + "/pdf";
        byte[] french = pdf(CLERK_GAO, path);
        byte[] english = pdf(CLERK_GAO, path + "?lang=en");
        String frenchText = Pdfs.text(french);
        assertTrue(frenchText.contains("Certificat de formation") && frenchText.contains("Awa Diarra")
                && frenchText.contains(number) && frenchText.contains("la fonction de magasinier"), frenchText);
        String englishText = Pdfs.text(english);
        assertTrue(englishText.contains("Certificate of training") && englishText.contains("storekeeper")
                && englishText.contains("the clerk’s role"), englishText);
        String code = as(TRAINER).get("/api/training/certificates/" + number).then().statusCode(200).extract()
                .path("verificationCode");
        String address = qr(french);
        assertEquals("http://localhost:8080/verify/" + number + "?code=" + code, address);
        assertEquals(address, qr(english));

        URI verification = URI.create(address);
        String page = verification.getRawPath() + "?" + verification.getRawQuery();
        anonymous().accept("text/html").get(page).then().statusCode(200)
                .body(containsString("Valide")).body(containsString("Awa Diarra"))
                .body(containsString("Gestion et sécurisation des stocks"))
                .body(not(containsString("GDN-730001")));
        anonymous().accept("text/html").get(page + "&lang=en").then().statusCode(200)
                .body(containsString("Valid")).body(containsString("storekeeper"));
        anonymous().accept("text/html").get(verification.getRawPath() + "?code=AAAAAAAAAA").then().statusCode(404)
                .body(containsString("Aucun certificat")).body(not(containsString("Awa Diarra")));
        as(TRAINER).body(Map.of("reason", "Faute")).post("/api/training/certificates/" + number + "/revoke").then()
                .statusCode(200);
        anonymous().accept("text/html").get(page).then().statusCode(200).body(containsString("Retiré"));
        as(CLERK_KAYES).accept("application/pdf").get(path).then().statusCode(404);
    }

    @Test
    void aSessionsAttendanceSheetListsItsTrainees() throws IOException {
        Map<String, Object> first = TrainingSessionsTest.newPerson("ARM-GAO-01", "GDN-730011");
        int session = TrainingSessionsTest.session("NEDEX-1", 5, 0, 30);
        TrainingSessionsTest.enrol(session, (String) first.get("tagCode"));
        String sheet = Pdfs.text(pdf(TRAINER, "/api/training/sessions/" + session + "/attendance-sheet"));
        assertTrue(sheet.contains("Feuille de présence") && sheet.contains("Diarra Awa (GDN-730011)")
                && sheet.contains("Émargement"), sheet);
        as(CLERK_GAO).accept("application/pdf").get("/api/training/sessions/" + session + "/attendance-sheet")
                .then().statusCode(403);
    }
}
