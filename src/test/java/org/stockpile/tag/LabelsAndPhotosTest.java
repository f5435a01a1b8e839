package org.stockpile.tag;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stockpile.support.Api.ADMIN;
import static org.stockpile.support.Api.CLERK_GAO;
import static org.stockpile.support.Api.as;
import static org.stockpile.support.Api.token;
import static org.stockpile.support.Custody.freshWeapons;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.GenericMultipleBarcodeReader;

import io.quarkus.test.junit.QuarkusTest;

/** Labels in every format decode back to their code; photos of several labels yield every code. */
@QuarkusTest
class LabelsAndPhotosTest {

    @Inject
    PhotoDecoder photos;

    @Test
    void aScannedCodeResolvesToWhatItLabelsWithinScope() {
        String tag = freshWeapons("ARM-GAO-01", "resolve", 1).get(0);
        as(CLERK_GAO).get("/api/tags/" + tag).then().statusCode(200).body("kind", equalTo("WEAPON"))
                .body("siteCode", equalTo("ARM-GAO-01")).body("title", equalTo("AKM — T-resolve-0"));
        String misread = tag.substring(0, 7) + (tag.charAt(7) == 'A' ? 'B' : 'A');
        as(CLERK_GAO).get("/api/tags/" + misread).then().statusCode(422)
                .body("type", equalTo("urn:stockpile:problem:invalid-tag"));
        as(CLERK_GAO).get("/api/tags/" + freshWeapons("ARM-KAY-01", "resolve-kay", 1).get(0)).then().statusCode(404);
    }

    @ParameterizedTest
    @EnumSource(Symbology.class)
    void aPngLabelDecodesToItsCode(Symbology symbology) throws IOException {
        String tag = freshWeapons("ARM-GAO-01", "png-" + symbology, 1).get(0);
        byte[] png = as(CLERK_GAO).accept("image/png").get("/api/tags/" + tag + "/label.png?symbology=" + symbology)
                .then().statusCode(200).contentType("image/png").extract().asByteArray();
        assertEquals(Set.of(tag), decode(ImageIO.read(new ByteArrayInputStream(png))));
    }

    @ParameterizedTest
    @EnumSource(Symbology.class)
    void anSvgLabelDecodesToItsCode(Symbology symbology) {
        String tag = freshWeapons("ARM-GAO-01", "svg-" + symbology, 1).get(0);
        String svg = as(CLERK_GAO).accept("image/svg+xml").get("/api/tags/" + tag + "/label.svg?symbology="
                + symbology).then().statusCode(200).contentType("image/svg+xml").extract().asString();
        assertTrue(svg.contains(">" + tag + "</text>"), "the code is printed in clear");
        assertEquals(Set.of(tag), decode(rasterize(svg)));
    }

    @ParameterizedTest
    @EnumSource(LabelRenderer.Sheet.class)
    void aPdfSheetOfTenLabelsDecodesToTheTenCodes(LabelRenderer.Sheet sheet) throws IOException {
        List<String> tags = freshWeapons("ARM-GAO-01", "sheet-" + sheet, 10);
        byte[] pdf = as(CLERK_GAO).accept("application/pdf")
                .body(Map.of("tags", tags, "symbology", "DATA_MATRIX", "sheet", sheet.name()))
                .post("/api/tags/labels").then().statusCode(200).contentType("application/pdf").extract()
                .asByteArray();
        Set<String> decoded = new HashSet<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(sheet == LabelRenderer.Sheet.A4 ? 1 : 10, document.getNumberOfPages());
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                // 150 dpi: a DataMatrix of 33 mm is about 195 pixels wide
                BufferedImage image = renderer.renderImageWithDPI(page, 150);
                decoded.addAll(decodeSheet(image, Math.min(200, image.getHeight())));
            }
        }
        assertEquals(new HashSet<>(tags), decoded);
    }

    @Test
    void aThousandLabelsInOneRequest() throws IOException {
        List<String> tags = as(ADMIN).get("/api/weapons?size=500&siteCode=ARM-BKO-01").then().extract()
                .path("items.tagCode");
        List<String> thousand = new ArrayList<>();
        while (thousand.size() < 1000) {
            thousand.addAll(tags.subList(0, Math.min(tags.size(), 1000 - thousand.size())));
        }
        long started = System.nanoTime();
        byte[] pdf = as(ADMIN).accept("application/pdf").body(Map.of("tags", thousand)).post("/api/tags/labels")
                .then().statusCode(200).extract().asByteArray();
        System.out.printf("1,000 labels: %d pages, %d kB, %d ms%n", (999 / 24) + 1, pdf.length / 1024,
                (System.nanoTime() - started) / 1_000_000);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(42, document.getNumberOfPages());
        }
        as(ADMIN).accept("application/pdf").body(Map.of("tags", java.util.Collections.nCopies(1001, tags.get(0))))
                .post("/api/tags/labels").then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void aPhotoOfSeveralLabelsYieldsEveryCode() throws IOException {
        List<String> tags = freshWeapons("ARM-GAO-01", "photo", 6);
        String foreign = freshWeapons("ARM-KAY-01", "photo-kay", 1).get(0);
        List<String> drawn = new ArrayList<>(tags);
        drawn.add(foreign);
        BufferedImage photo = new BufferedImage(1280, 720, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        g.setColor(new Color(190, 185, 170));
        g.fillRect(0, 0, 1280, 720);
        for (int i = 0; i < drawn.size(); i++) {
            Symbology symbology = i % 2 == 0 ? Symbology.QR : Symbology.DATA_MATRIX;
            byte[] label = as(ADMIN).accept("image/png").get("/api/tags/" + drawn.get(i) + "/label.png?symbology="
                    + symbology).then().statusCode(200).extract().asByteArray();
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(label));
            g.drawImage(image, 20 + (i % 4) * 315, 20 + (i / 4) * 350, 280, 280 * image.getHeight() / image.getWidth(),
                    null);
        }
        g.dispose();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(photo, "jpeg", jpeg);
        long started = System.nanoTime();
        var response = given().auth().oauth2(token(CLERK_GAO)).contentType("image/jpeg").body(jpeg.toByteArray())
                .post("/api/tags/decode").then().statusCode(200).body("codes", hasSize(drawn.size()));
        System.out.printf("photo 1280x720 with %d codes decoded in %d ms%n", drawn.size(),
                (System.nanoTime() - started) / 1_000_000);
        for (String tag : tags) {
            response.body("codes.find { it.text == '" + tag + "' }.tag.siteCode", equalTo("ARM-GAO-01"));
        }
        response.body("codes.find { it.text == '" + foreign + "' }.tag", nullValue());
    }

    @Test
    void aPhotoWithoutCodesIsAnEmptyResultAndBadImagesAreRefused() throws IOException {
        BufferedImage blank = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(blank, "png", png);
        given().auth().oauth2(token(CLERK_GAO)).contentType("image/png").body(png.toByteArray())
                .post("/api/tags/decode").then().statusCode(200).body("codes", hasSize(0));
        given().auth().oauth2(token(CLERK_GAO)).contentType("image/png").body("not an image".getBytes())
                .post("/api/tags/decode").then().statusCode(415).contentType("application/problem+json");
        given().auth().oauth2(token(CLERK_GAO)).contentType("text/plain").body(png.toByteArray())
                .post("/api/tags/decode").then().statusCode(415).contentType("application/problem+json");
        byte[] truncated = java.util.Arrays.copyOf(png.toByteArray(), 100);
        given().auth().oauth2(token(CLERK_GAO)).contentType("image/png").body(truncated)
                .post("/api/tags/decode").then().statusCode(422);
        given().auth().oauth2(token(CLERK_GAO)).contentType("image/jpeg").body(new byte[17 * 1024 * 1024])
                .post("/api/tags/decode").then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void aSmallFileThatWouldExpandToAHugeImageIsRefusedBeforeDecoding() throws IOException {
        BufferedImage huge = new BufferedImage(8000, 6000, BufferedImage.TYPE_BYTE_BINARY);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(huge, "png", png);
        assertTrue(png.size() < 1024 * 1024, png.size() + " bytes");
        given().auth().oauth2(token(CLERK_GAO)).contentType("image/png").header("Accept-Language", "en")
                .body(png.toByteArray()).post("/api/tags/decode").then().statusCode(422)
                .body("detail", org.hamcrest.Matchers.containsString("8000 × 6000"));
    }

    /** Photos beyond those being decoded are told to come back (503, Retry-After), not queued without end. */
    @Test
    void aPhotoFindingEveryDecoderBusyIsToldWhenToComeBack() throws Exception {
        int turns = photos.turns().drainPermits();
        assertTrue(turns > 0);
        try {
            given().auth().oauth2(token(CLERK_GAO)).contentType("image/png").body(png(640, 480))
                    .post("/api/tags/decode").then().statusCode(503).header("Retry-After", not(equalTo(null)))
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:stockpile:problem:service-unavailable"));
        } finally {
            photos.turns().release(turns);
        }
        given().auth().oauth2(token(CLERK_GAO)).contentType("image/png").body(png(640, 480))
                .post("/api/tags/decode").then().statusCode(200).body("complete", equalTo(true));
    }

    private static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", png);
        return png.toByteArray();
    }

    @Test
    void aTrainerPrintsNothing() {
        as(org.stockpile.support.Api.TRAINER).accept("application/pdf").body(Map.of("tags", List.of("W00000155")))
                .post("/api/tags/labels")
                .then().statusCode(403).body("type", not(equalTo(null)));
    }

    /** Every code ZXing finds in the image, in the symbologies labels use. */
    static Set<String> decode(BufferedImage image) {
        Set<String> found = new HashSet<>();
        try {
            for (Result result : new GenericMultipleBarcodeReader(new MultiFormatReader())
                    .decodeMultiple(bitmap(image, 0, 0, image.getWidth(), image.getHeight()), hints())) {
                found.add(result.getText());
            }
        } catch (NotFoundException none) {
            // nothing found
        }
        return found;
    }

    /** A sheet: each label read on its own, as a scanner held over it would (windows sliding over the page). */
    static Set<String> decodeSheet(BufferedImage page, int window) {
        Set<String> found = new HashSet<>(decode(page));
        for (int y = 0; y + window <= page.getHeight(); y += window / 4) {
            for (int x = 0; x + window <= page.getWidth(); x += window / 4) {
                try {
                    found.add(new MultiFormatReader().decode(bitmap(page, x, y, window, window), hints()).getText());
                } catch (NotFoundException none) {
                    // no label centred here
                }
            }
        }
        return found;
    }

    private static BinaryBitmap bitmap(BufferedImage image, int x, int y, int width, int height) {
        return new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image, x, y, width, height)));
    }

    private static Map<DecodeHintType, Object> hints() {
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(com.google.zxing.BarcodeFormat.QR_CODE,
                com.google.zxing.BarcodeFormat.DATA_MATRIX, com.google.zxing.BarcodeFormat.CODE_128));
        return hints;
    }

    private static final Pattern RECT = Pattern.compile(
            "<rect x=\"(\\d+)\" y=\"(\\d+)\" width=\"(\\d+)\" height=\"(\\d+)\"/>");
    private static final Pattern SIZE = Pattern.compile("width=\"(\\d+)\" height=\"(\\d+)\" viewBox");

    /** Draws the SVG's black rectangles on white: enough to read back the barcode it describes. */
    static BufferedImage rasterize(String svg) {
        Matcher size = SIZE.matcher(svg);
        assertTrue(size.find());
        BufferedImage image = new BufferedImage(Integer.parseInt(size.group(1)), Integer.parseInt(size.group(2)),
                BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        Matcher rect = RECT.matcher(svg);
        while (rect.find()) {
            g.fillRect(Integer.parseInt(rect.group(1)), Integer.parseInt(rect.group(2)),
                    Integer.parseInt(rect.group(3)), Integer.parseInt(rect.group(4)));
        }
        g.dispose();
        return image;
    }
}
