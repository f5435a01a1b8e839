package org.stockpile.support;

import static org.stockpile.support.Api.as;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import io.restassured.response.Response;

/** Inspections as an inspector carries them out through the API, and photos such as a phone sends. */
public final class Inspecting {

    private Inspecting() {
    }

    /** An inspection of {@code siteCode} opened by {@code inspector}: its id. */
    public static long open(String inspector, String siteCode) {
        return ((Number) as(inspector).body(Map.of("siteCode", siteCode)).post("/api/inspections").then()
                .statusCode(201).extract().path("id")).longValue();
    }

    /**
     * Closes, as it stands (every item not assessed passed), any inspection {@code inspector} has open at
     * {@code siteCode}: another test may have left one there, and an inspector has one open at a site at a time.
     */
    public static void closeAnyOpen(String inspector, String siteCode) {
        List<Number> open = as("admin").get("/api/inspections?status=OPEN&size=100&siteCode=" + siteCode).then()
                .statusCode(200).extract().path("items.findAll { it.openedBy == '" + inspector + "' }.id");
        open.forEach(id -> closeWith(inspector, id.longValue(), Map.of()));
    }

    /** A new inspection of {@code siteCode} by {@code inspector}, whatever other tests left open there. */
    public static long openAnew(String inspector, String siteCode) {
        closeAnyOpen(inspector, siteCode);
        return open(inspector, siteCode);
    }

    /** Every item of the inspection's checklist, in order. */
    public static List<String> itemCodes(long inspection) {
        return as("admin").get("/api/inspections/" + inspection).then().statusCode(200).extract().path("items.code");
    }

    public static Response assess(String inspector, long inspection, String code, Map<String, Object> assessment) {
        return as(inspector).body(assessment).put("/api/inspections/" + inspection + "/items/" + code);
    }

    /** A failure of {@code severity} whose corrective action {@code description} is due in {@code days}. */
    public static Map<String, Object> failure(String severity, String description, int days) {
        return Map.of("result", "FAIL", "severity", severity, "comment", "Constaté sur place", "action",
                Map.of("description", description, "owner", "Chef de poste", "dueOn",
                        LocalDate.now().plusDays(days).toString()));
    }

    /**
     * The items named in {@code failures} fail as given, every other item not assessed yet passes; then the inspection
     * is closed.
     */
    public static void closeWith(String inspector, long inspection, Map<String, Map<String, Object>> failures) {
        List<String> unassessed = as("admin").get("/api/inspections/" + inspection).then().statusCode(200).extract()
                .path("items.findAll { it.result == null }.code");
        for (String code : itemCodes(inspection)) {
            if (failures.containsKey(code) || unassessed.contains(code)) {
                assess(inspector, inspection, code, failures.getOrDefault(code, Map.of("result", "PASS"))).then()
                        .statusCode(200);
            }
        }
        as(inspector).body(Map.of()).post("/api/inspections/" + inspection + "/close").then().statusCode(200);
    }

    public static Response upload(String user, long inspection, String code, String purpose, byte[] photo,
            String mediaType) {
        return as(user).contentType(mediaType).body(photo)
                .post("/api/inspections/" + inspection + "/items/" + code + "/photos?purpose=" + purpose);
    }

    /** A JPEG photo of {@code width} × {@code height} pixels, as a phone would send (smaller). */
    public static byte[] jpeg(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(120, 110, 90));
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(Color.DARK_GRAY);
        graphics.fillRect(width / 4, height / 4, width / 2, height / 2);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A PNG signature and header declaring {@code width} × {@code height} pixels, and not one pixel after it. */
    public static byte[] pngHeaderOnly(int width, int height) {
        try {
            ByteArrayOutputStream chunk = new ByteArrayOutputStream();
            DataOutputStream ihdr = new DataOutputStream(chunk);
            ihdr.write("IHDR".getBytes(StandardCharsets.US_ASCII));
            ihdr.writeInt(width);
            ihdr.writeInt(height);
            ihdr.write(new byte[] { 8, 2, 0, 0, 0 });
            CRC32 crc = new CRC32();
            crc.update(chunk.toByteArray());
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(png);
            out.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
            out.writeInt(13);
            out.write(chunk.toByteArray());
            out.writeInt((int) crc.getValue());
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
