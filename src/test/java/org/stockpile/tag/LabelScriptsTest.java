package org.stockpile.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.stockpile.system.TagCode;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/**
 * Labels for every name a Sahel armoury holds: Latin with diacritics, Arabic, N'Ko, Tifinagh, and the odd emoji or
 * control character typed into a model, in PNG, SVG and a PDF run of a thousand.
 */
class LabelScriptsTest {

    private static final List<String> NAMES = List.of("Keïta Aïssata", "محمد", "ߒߞߏ", "ⵜⴰⵎⴰⵣⵉⵖⵜ", "AKM 🔫🦜",
            "AKM\u0007\u0000", "Type 56 \uD800");

    private final LabelRenderer renderer = new LabelRenderer();

    private static TagService.TagView tag(int i, String name) {
        String code = TagCode.of(TagCode.Kind.PERSON, 1 + i).value();
        return new TagService.TagView(code, TagCode.Kind.PERSON, 1 + i, "ARM-GAO-01", name, name);
    }

    @Test
    void aRunOfAThousandLabelsInEveryScriptPrints() throws IOException {
        List<TagService.TagView> tags = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            tags.add(tag(i, NAMES.get(i % NAMES.size())));
        }
        byte[] pdf = renderer.pdf(tags, Symbology.DATA_MATRIX, LabelRenderer.Sheet.A4);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(42, document.getNumberOfPages());
        }
    }

    /** A name in each script puts ink on the label: it is drawn, not dropped. */
    @Test
    void aNameInEveryScriptIsDrawnOnThePrintedLabel() throws IOException {
        long blank = ink(tag(0, null));
        for (String name : List.of("محمد", "ߒߞߏ", "ⵜⴰⵎⴰⵣⵉⵖⵜ", "Keïta")) {
            assertTrue(ink(tag(0, name)) > blank + 20, name);
        }
    }

    private long ink(TagService.TagView tag) throws IOException {
        byte[] pdf = renderer.pdf(List.of(tag), Symbology.DATA_MATRIX, LabelRenderer.Sheet.THERMAL_50X25);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage label = new PDFRenderer(document).renderImageWithDPI(0, 200);
            return darkPixels(label, 0, label.getWidth(), 0, label.getHeight());
        }
    }

    @Test
    void eachScriptIsDrawnAndWhatCannotBeDrawnIsReplaced() {
        assertEquals("محمد", renderer.drawable("محمد"));
        assertEquals("ߒߞߏ", renderer.drawable("ߒߞߏ"));
        assertEquals("ⵜⴰⵎⴰⵣⵉⵖⵜ", renderer.drawable("ⵜⴰⵎⴰⵣⵉⵖⵜ"));
        assertEquals("Keïta", renderer.drawable("Keïta"));
        assertEquals("AKM\uFFFD\uFFFD", renderer.drawable("AKM\u0007\u0000"));
        assertEquals("x\uFFFD", renderer.drawable("x\uD800"));
    }

    @Test
    void pngAndSvgLabelsHoldEveryName() throws Exception {
        for (int i = 0; i < NAMES.size(); i++) {
            BufferedImage png = ImageIO.read(new ByteArrayInputStream(renderer.png(tag(i, NAMES.get(i)),
                    Symbology.QR)));
            assertTrue(png.getWidth() > 0);
            String svg = renderer.svg(tag(i, NAMES.get(i)), Symbology.QR);
            DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        }
        assertTrue(renderer.svg(tag(0, "محمد"), Symbology.QR).contains("محمد"));
    }

    private static long darkPixels(BufferedImage image, int fromX, int toX, int fromY, int toY) {
        long dark = 0;
        for (int y = fromY; y < toY; y++) {
            for (int x = fromX; x < toX; x++) {
                if ((image.getRGB(x, y) & 0xFF) < 128) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
