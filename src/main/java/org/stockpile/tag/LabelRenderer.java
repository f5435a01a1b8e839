package org.stockpile.tag;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.text.Bidi;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.stockpile.system.StoredText;

import com.google.zxing.EncodeHintType;
import com.google.zxing.MultiFormatWriter;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.datamatrix.encoder.SymbolShapeHint;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * Draws tag labels: the barcode, the code in human-readable text, and what it labels. One label as PNG (raster)
 * or SVG (vector); many as a PDF sheet, with barcodes drawn as vector rectangles so that 1,000 labels stay small
 * and sharp at any printer resolution. Text is drawn with fonts that ship with the service, so labels look the same
 * on every machine: in a PDF, Liberation Sans (from PDFBox) writes Latin text as text; DejaVu Sans (in this package,
 * with its licence) draws everything else, Arabic, N'Ko and Tifinagh included, shaped and in reading order. What no
 * font can draw is replaced by U+FFFD rather than failing the label, or the run of a thousand.
 */
@ApplicationScoped
public class LabelRenderer {

    /** Sheets: an A4 page of 3 × 8 adhesive labels of 70 × 37 mm, or a 50 × 25 mm thermal roll, one per label. */
    public enum Sheet {
        A4(3, 8, 70, 37.125f, new PDRectangle(mm(210), mm(297))), THERMAL_50X25(1, 1, 50, 25,
                new PDRectangle(mm(50), mm(25)));

        final int columns;
        final int rows;
        final float labelWidth;
        final float labelHeight;
        final PDRectangle page;

        Sheet(int columns, int rows, float labelWidthMm, float labelHeightMm, PDRectangle page) {
            this.columns = columns;
            this.rows = rows;
            this.labelWidth = mm(labelWidthMm);
            this.labelHeight = mm(labelHeightMm);
            this.page = page;
        }
    }

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    /** Latin, Arabic, N'Ko, Tifinagh and many symbols: every script of the Sahel a name or a model may be in. */
    private static final String SCRIPT_FONT = "/org/stockpile/tag/fonts/DejaVuSans.ttf";
    private static final String REPLACEMENT = "\uFFFD";
    private static final FontRenderContext PDF_TEXT = new FontRenderContext(null, true, true);
    private static final int PNG_MODULE = 8;
    private static final int PNG_LINEAR_MODULE = 3;
    private static final int PNG_LINEAR_HEIGHT = 120;

    private final Font awtFont;
    /** The file of the PDF font, read once: each document parses its own copy. */
    private final byte[] latinFont;

    LabelRenderer() {
        try (InputStream font = LabelRenderer.class.getResourceAsStream(SCRIPT_FONT);
                InputStream latin = LabelRenderer.class.getResourceAsStream(FONT)) {
            awtFont = Font.createFont(Font.TRUETYPE_FONT, font);
            latinFont = latin.readAllBytes();
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("The label font is missing from the service", e);
        }
    }

    /**
     * The text as it can be drawn: a character the label font has no glyph for (an emoji beyond its set), a control
     * character or half of a broken surrogate pair becomes U+FFFD, so that one odd name never fails a print run.
     */
    String drawable(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        StoredText.replaceUnstorable(text).codePoints().forEach(c -> out.append(
                Character.getType(c) == Character.CONTROL || !awtFont.canDisplay(c) ? REPLACEMENT
                        : new String(Character.toChars(c))));
        return out.toString();
    }

    /** The barcode's modules, one cell per module, without quiet zone. */
    static BitMatrix modules(String code, Symbology symbology) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.MARGIN, 0);
        if (symbology == Symbology.QR) {
            hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        }
        if (symbology == Symbology.DATA_MATRIX) {
            hints.put(EncodeHintType.DATA_MATRIX_SHAPE, SymbolShapeHint.FORCE_SQUARE);
        }
        try {
            return new MultiFormatWriter().encode(code, symbology.format, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode " + code + " as " + symbology, e);
        }
    }

    /** Where things go on a single-label image, in pixels (PNG) or user units (SVG). */
    private record Layout(BitMatrix matrix, int module, int top, int symbolHeight, int width, int height, int left,
            int baseline) {

        static Layout of(String code, Symbology symbology) {
            BitMatrix matrix = modules(code, symbology);
            int module = symbology.linear() ? PNG_LINEAR_MODULE : PNG_MODULE;
            int quiet = symbology.quietZone * module;
            int symbolWidth = matrix.getWidth() * module;
            int symbolHeight = symbology.linear() ? PNG_LINEAR_HEIGHT : matrix.getHeight() * module;
            int width = Math.max(symbolWidth + 2 * quiet, 360);
            // The text block under the symbol is matched by as much space above it, so that the symbol sits at
            // the centre of the image, where decoders such as ZXing's DataMatrix detector start looking.
            int textBlock = 16 + 28 + 2 * 22;
            int top = quiet + textBlock;
            int height = top + symbolHeight + textBlock + quiet;
            return new Layout(matrix, module, top, symbolHeight, width, height, (width - symbolWidth) / 2,
                    top + symbolHeight + 16 + 24);
        }

        int barHeight(Symbology symbology, int rows) {
            return symbology.linear() ? symbolHeight : rows * module;
        }
    }

    public byte[] png(TagService.TagView tag, Symbology symbology) {
        Layout layout = Layout.of(tag.code(), symbology);
        BufferedImage image = new BufferedImage(layout.width(), layout.height(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, layout.width(), layout.height());
            g.setColor(Color.BLACK);
            forEachRun(layout.matrix(), symbology, (x, y, run, rows) -> g.fillRect(layout.left() + x * layout.module(),
                    layout.top() + y * layout.module(), run * layout.module(), layout.barHeight(symbology, rows)));
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            text(g, tag.code(), awtFont.deriveFont(Font.BOLD, 26f), layout.width(), layout.baseline());
            text(g, tag.title(), awtFont.deriveFont(17f), layout.width(), layout.baseline() + 24);
            text(g, tag.subtitle(), awtFont.deriveFont(15f), layout.width(), layout.baseline() + 46);
        } finally {
            g.dispose();
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void text(Graphics2D g, String original, Font font, int width, int baseline) {
        String text = drawable(original);
        if (text == null) {
            return;
        }
        g.setFont(font);
        int textWidth = g.getFontMetrics().stringWidth(text);
        g.drawString(text, Math.max(4, (width - textWidth) / 2), baseline);
    }

    public String svg(TagService.TagView tag, Symbology symbology) {
        Layout layout = Layout.of(tag.code(), symbology);
        int width = layout.width();
        int height = layout.height();
        StringBuilder svg = new StringBuilder(4096).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\">\n")
                .append("<rect x=\"0\" y=\"0\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" fill=\"#fff\"/>\n<g fill=\"#000\" shape-rendering=\"crispEdges\">\n");
        forEachRun(layout.matrix(), symbology, (x, y, run, rows) -> svg.append("<rect x=\"")
                .append(layout.left() + x * layout.module()).append("\" y=\"").append(layout.top() + y * layout.module())
                .append("\" width=\"").append(run * layout.module()).append("\" height=\"")
                .append(layout.barHeight(symbology, rows)).append("\"/>\n"));
        int baseline = layout.baseline();
        svg.append("</g>\n<g font-family=\"Liberation Sans, DejaVu Sans, Noto Sans, Arial, sans-serif\" "
                + "text-anchor=\"middle\" fill=\"#000\">\n");
        svgText(svg, tag.code(), width / 2, baseline, "26", "bold");
        svgText(svg, tag.title(), width / 2, baseline + 24, "17", "normal");
        svgText(svg, tag.subtitle(), width / 2, baseline + 46, "15", "normal");
        return svg.append("</g>\n</svg>\n").toString();
    }

    private static void svgText(StringBuilder svg, String text, int x, int y, String size, String weight) {
        if (text != null) {
            svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" font-size=\"").append(size)
                    .append("\" font-weight=\"").append(weight).append("\">").append(xml(text)).append("</text>\n");
        }
    }

    /** Text as XML character data: escaped, and with what XML 1.0 cannot hold (see {@link StoredText}) replaced. */
    private static String xml(String text) {
        return StoredText.replaceUnstorable(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    @FunctionalInterface
    private interface RunConsumer {
        void accept(int x, int y, int length, int rows);
    }

    /** Dark modules as horizontal runs (a linear code: one run per bar over its single row). */
    private static void forEachRun(BitMatrix matrix, Symbology symbology, RunConsumer consumer) {
        for (int y = 0; y < matrix.getHeight(); y++) {
            int x = 0;
            while (x < matrix.getWidth()) {
                if (!matrix.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < matrix.getWidth() && matrix.get(x, y)) {
                    x++;
                }
                consumer.accept(start, y, x - start, 1);
            }
            if (symbology.linear()) {
                return;
            }
        }
    }

    /** A PDF of labels laid out on {@code sheet}, in the order given. */
    public byte[] pdf(List<TagService.TagView> tags, Symbology symbology, Sheet sheet) {
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = font(document);
            int perPage = sheet.columns * sheet.rows;
            float marginX = (sheet.page.getWidth() - sheet.columns * sheet.labelWidth) / 2;
            float marginY = (sheet.page.getHeight() - sheet.rows * sheet.labelHeight) / 2;
            for (int first = 0; first < tags.size(); first += perPage) {
                PDPage page = new PDPage(sheet.page);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    for (int i = first; i < Math.min(tags.size(), first + perPage); i++) {
                        int cell = i - first;
                        float x = marginX + (cell % sheet.columns) * sheet.labelWidth;
                        float y = sheet.page.getHeight() - marginY - (cell / sheet.columns + 1) * sheet.labelHeight;
                        label(content, font, tags.get(i), symbology, x, y, sheet.labelWidth, sheet.labelHeight);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void label(PDPageContentStream content, PDType0Font font, TagService.TagView tag,
            Symbology symbology, float x, float y, float width, float height) throws IOException {
        BitMatrix matrix = modules(tag.code(), symbology);
        float pad = mm(2);
        float textLeft;
        float textTop;
        float textWidth;
        if (symbology.linear()) {
            float module = (width - 2 * pad) / (matrix.getWidth() + 2 * symbology.quietZone);
            float barHeight = height * 0.45f;
            float left = x + pad + symbology.quietZone * module;
            float top = y + height - pad;
            forEachRun(matrix, symbology, (mx, my, run, rows) -> rect(content, left + mx * module, top - barHeight,
                    run * module, barHeight));
            textLeft = x + pad;
            textTop = top - barHeight - mm(1);
            textWidth = width - 2 * pad;
        } else {
            float side = height - 2 * pad;
            square(content, matrix, symbology, x + pad, y + height - pad, side);
            textLeft = x + pad + side + mm(1);
            textTop = y + height - pad;
            textWidth = width - side - 2 * pad - mm(1);
        }
        content.fill();
        float codeSize = Math.min(11, height / 4.5f);
        float line = textTop - codeSize;
        line = write(content, font, tag.code(), codeSize, textLeft, line, textWidth);
        line = write(content, font, tag.title(), codeSize * 0.7f, textLeft, line - codeSize * 0.9f, textWidth);
        write(content, font, tag.subtitle(), codeSize * 0.62f, textLeft, line - codeSize * 0.8f, textWidth);
    }

    /** A two-dimensional symbol, quiet zone included, in a square of {@code side} whose top left is (x, top). */
    private static void square(PDPageContentStream content, BitMatrix matrix, Symbology symbology, float x, float top,
            float side) {
        float module = side / (matrix.getWidth() + 2 * symbology.quietZone);
        float left = x + symbology.quietZone * module;
        float first = top - symbology.quietZone * module;
        forEachRun(matrix, symbology, (mx, my, run, rows) -> rect(content, left + mx * module,
                first - (my + 1) * module, run * module, module));
    }

    /**
     * Draws {@code text} as a QR code, quiet zone included, in a square of {@code side} whose top left is (x, top),
     * for documents other than labels (a certificate's link to its verification page).
     */
    public void qr(PDPageContentStream content, String text, float x, float top, float side) throws IOException {
        square(content, modules(text, Symbology.QR), Symbology.QR, x, top, side);
        content.fill();
    }

    /**
     * The labels' font, embedded in {@code document}: the same on every machine, with French and Arabic. Its glyph
     * substitutions are off: PDFBox would otherwise look for ligatures in every line it writes, compiling a regular
     * expression each time (most of the time of a run of labels, in profiles), and Latin labels need none; text in
     * other scripts is shaped by Java's own layout (see {@link #write}).
     */
    public PDType0Font font(PDDocument document) throws IOException {
        TrueTypeFont latin = new TTFParser().parse(new RandomAccessReadBuffer(latinFont));
        latin.setEnableGsub(false);
        document.registerTrueTypeFontForClosing(latin);
        return PDType0Font.load(document, latin, true);
    }

    /** Writes one line of {@code text} as labels do (shortened to {@code width}, any script); its baseline. */
    public float line(PDPageContentStream content, PDType0Font font, String text, float size, float x, float y,
            float width) throws IOException {
        return write(content, font, text, size, x, y, width);
    }

    /** How wide {@link #line} writes {@code text} at {@code size}, unshortened: for laying text out in lines. */
    public float width(PDType0Font font, String original, float size) throws IOException {
        String text = drawable(original);
        if (text == null || text.isEmpty()) {
            return 0;
        }
        if (Bidi.requiresBidi(text.toCharArray(), 0, text.length()) || !encodable(font, text)) {
            return (float) new TextLayout(text, awtFont.deriveFont(size), PDF_TEXT).getAdvance();
        }
        return font.getStringWidth(text) / 1000 * size;
    }

    /** A report of several pages in the labels' fonts, to print, its dates and times as read in {@code locale}. */
    public PrintedReport report(Locale locale, ZoneId timeZone) {
        return new PrintedReport(this, locale, timeZone);
    }

    private static void rect(PDPageContentStream content, float x, float y, float width, float height) {
        try {
            content.addRect(x, y, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes {@code text} shortened to fit {@code width}; returns the baseline used. Text the PDF font can show
     * as it is written (Latin, left to right) is written as text; any other (Arabic and N'Ko, which run right to
     * left and join their letters; Tifinagh; symbols) is shaped by Java's text layout with the label font and drawn
     * as outlines, so that it looks as it is read.
     */
    private float write(PDPageContentStream content, PDType0Font font, String original, float size, float x,
            float y, float width) throws IOException {
        String text = drawable(original);
        if (text == null || text.isBlank()) {
            return y;
        }
        if (Bidi.requiresBidi(text.toCharArray(), 0, text.length()) || !encodable(font, text)) {
            outline(content, text, size, x, y, width);
            return y;
        }
        String fitted = text;
        while (fitted.length() > 1 && font.getStringWidth(fitted) / 1000 * size > width) {
            fitted = shortened(fitted);
        }
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(fitted);
        content.endText();
        return y;
    }

    private static boolean encodable(PDType0Font font, String text) {
        try {
            font.encode(text);
            return true;
        } catch (IllegalArgumentException | IOException noGlyph) {
            return false;
        }
    }

    private void outline(PDPageContentStream content, String text, float size, float x, float y, float width)
            throws IOException {
        Font font = awtFont.deriveFont(size);
        String fitted = text;
        TextLayout layout = new TextLayout(fitted, font, PDF_TEXT);
        while (fitted.length() > 1 && layout.getAdvance() > width) {
            fitted = shortened(fitted);
            layout = new TextLayout(fitted, font, PDF_TEXT);
        }
        // Java draws downwards from a top-left origin, PDF upwards from the bottom left.
        AffineTransform toPage = new AffineTransform(1, 0, 0, -1, x, y);
        float[] p = new float[6];
        float lastX = 0;
        float lastY = 0;
        for (PathIterator path = layout.getOutline(toPage).getPathIterator(null); !path.isDone(); path.next()) {
            switch (path.currentSegment(p)) {
                case PathIterator.SEG_MOVETO -> {
                    content.moveTo(p[0], p[1]);
                    lastX = p[0];
                    lastY = p[1];
                }
                case PathIterator.SEG_LINETO -> {
                    content.lineTo(p[0], p[1]);
                    lastX = p[0];
                    lastY = p[1];
                }
                case PathIterator.SEG_QUADTO -> {
                    // TrueType's quadratic curve as the cubic PDF draws: control points two thirds of the way.
                    content.curveTo(lastX + 2f / 3 * (p[0] - lastX), lastY + 2f / 3 * (p[1] - lastY),
                            p[2] + 2f / 3 * (p[0] - p[2]), p[3] + 2f / 3 * (p[1] - p[3]), p[2], p[3]);
                    lastX = p[2];
                    lastY = p[3];
                }
                case PathIterator.SEG_CUBICTO -> {
                    content.curveTo(p[0], p[1], p[2], p[3], p[4], p[5]);
                    lastX = p[4];
                    lastY = p[5];
                }
                default -> content.closePath();
            }
        }
        content.fill();
    }

    /** One character fewer, and an ellipsis; a surrogate pair is never split. */
    private static String shortened(String text) {
        String body = text.endsWith("…") ? text.substring(0, text.length() - 1) : text;
        int cut = body.offsetByCodePoints(body.length(), -1);
        return body.substring(0, cut) + "…";
    }

    private static float mm(float millimetres) {
        return millimetres / 25.4f * 72;
    }
}
