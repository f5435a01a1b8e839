package org.stockpile.tag;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A report to print on A4 portrait: a title, facts, headings, paragraphs and tables, whose text is wrapped and runs
 * over as many pages as it needs (a table's header is repeated on each), then boxes to sign, and on every page a
 * footer naming the report and the page. Text is written in the labels' fonts, so that any script prints. Build it
 * in order, then {@link #finish}; close it in every case.
 */
public final class PrintedReport implements AutoCloseable {

    private static final float MM = 72f / 25.4f;
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float LEFT = 18 * MM;
    private static final float WIDTH = PAGE.getWidth() - 2 * LEFT;
    private static final float TOP = PAGE.getHeight() - 16 * MM;
    private static final float BOTTOM = 18 * MM;
    private static final float TEXT = 9.5f;
    private static final float TABLE_TEXT = 8;
    private static final float LABEL_WIDTH = 48 * MM;
    private static final float CELL_PAD = 1.2f * MM;

    private final LabelRenderer labels;
    private final Locale locale;
    private final ZoneId timeZone;
    private final PDDocument document = new PDDocument();
    private final PDType0Font font;
    private PDPageContentStream content;
    private float y;

    PrintedReport(LabelRenderer labels, Locale locale, ZoneId timeZone) {
        this.labels = labels;
        this.locale = locale;
        this.timeZone = timeZone;
        try {
            this.font = labels.font(document);
        } catch (IOException e) {
            close();
            throw new UncheckedIOException(e);
        }
    }

    /** A moment as the report's reader reads it: date and time where they are; a dash for none. */
    public String time(OffsetDateTime moment) {
        return moment == null ? "—" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale)
                .format(moment.atZoneSameInstant(timeZone));
    }

    public String day(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
    }

    public PrintedReport title(String text) {
        return block(text, 16, 2 * MM);
    }

    public PrintedReport heading(String text) {
        return drawn(() -> {
            room(14 * MM);
            y -= 4 * MM;
        }).block(text, 12, 1.5f * MM);
    }

    public PrintedReport paragraph(String text) {
        return block(text, TEXT, 1.5f * MM);
    }

    /** A label and its value beside it, the value wrapped. */
    public PrintedReport fact(String label, String value) {
        return drawn(() -> {
            List<String> lines = lines(value, TEXT, WIDTH - LABEL_WIDTH);
            room(leading(TEXT) * Math.min(lines.size(), 3));
            labels.line(content, font, label, TEXT, LEFT, y - TEXT, LABEL_WIDTH - 2 * MM);
            write(lines, TEXT, LEFT + LABEL_WIDTH);
        });
    }

    /**
     * A table whose columns have the widths given (in millimetres; the last takes what is left), with a header row
     * repeated on each page it runs over; each cell's text is wrapped within its column.
     */
    public PrintedReport table(float[] columnsMm, List<String> header, List<List<String>> rows) {
        return drawn(() -> {
            float[] widths = new float[columnsMm.length];
            float used = 0;
            for (int i = 0; i < widths.length - 1; i++) {
                widths[i] = columnsMm[i] * MM;
                used += widths[i];
            }
            widths[widths.length - 1] = WIDTH - used;
            room(3 * leading(TABLE_TEXT));
            row(widths, header, true);
            for (List<String> cells : rows) {
                List<List<String>> wrapped = wrap(widths, cells);
                if (y - height(wrapped) < BOTTOM) {
                    newPage();
                    row(widths, header, true);
                }
                draw(widths, wrapped);
            }
            y -= 2 * MM;
        });
    }

    /**
     * A box to sign for each person named: a line, and under it who signs and in what capacity. The boxes are kept on
     * one page, so that no one signs a page that does not carry the others' signatures.
     */
    public PrintedReport signatures(List<String> signers) {
        return drawn(() -> {
            float boxWidth = (WIDTH - 10 * MM) / 2;
            float rowHeight = 24 * MM;
            room(Math.min((signers.size() + 1) / 2 * rowHeight + 2 * MM, TOP - BOTTOM));
            for (int i = 0; i < signers.size(); i += 2) {
                room(rowHeight + 2 * MM);
                y -= 18 * MM;
                for (int j = i; j < Math.min(signers.size(), i + 2); j++) {
                    float x = LEFT + (j - i) * (boxWidth + 10 * MM);
                    content.moveTo(x, y);
                    content.lineTo(x + boxWidth, y);
                    content.stroke();
                    labels.line(content, font, signers.get(j), TABLE_TEXT, x, y - TABLE_TEXT - 1, boxWidth);
                }
                y -= 6 * MM;
            }
        });
    }

    /** The document, every page footed with {@code footer} and its number out of how many there are. */
    public byte[] finish(String footer) {
        try {
            if (content == null) {
                newPage();
            }
            content.close();
            content = null;
            int pages = document.getNumberOfPages();
            for (int index = 0; index < pages; index++) {
                try (PDPageContentStream foot = new PDPageContentStream(document, document.getPage(index),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    String number = (index + 1) + " / " + pages;
                    float numberWidth = labels.width(font, number, 7.5f);
                    labels.line(foot, font, footer, 7.5f, LEFT, 10 * MM, WIDTH - numberWidth - 5 * MM);
                    labels.line(foot, font, number, 7.5f, LEFT + WIDTH - numberWidth, 10 * MM, numberWidth + 1);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (content != null) {
                content.close();
            }
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PrintedReport block(String text, float size, float after) {
        return drawn(() -> {
            write(lines(text, size, WIDTH), size, LEFT);
            y -= after;
        });
    }

    /** Something drawn on the pages. */
    @FunctionalInterface
    private interface Drawing {
        void draw() throws IOException;
    }

    private PrintedReport drawn(Drawing drawing) {
        try {
            drawing.draw();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes lines from the current height down, going on to a new page when one is full. */
    private void write(List<String> lines, float size, float x) throws IOException {
        for (String line : lines) {
            room(leading(size));
            labels.line(content, font, line, size, x, y - size, WIDTH + LEFT - x);
            y -= leading(size);
        }
    }

    private void row(float[] widths, List<String> cells, boolean header) throws IOException {
        List<List<String>> wrapped = wrap(widths, cells);
        if (header) {
            content.setNonStrokingColor(0.9f, 0.9f, 0.9f);
            content.addRect(LEFT, y - height(wrapped), WIDTH, height(wrapped));
            content.fill();
            content.setNonStrokingColor(0f, 0f, 0f);
        }
        draw(widths, wrapped);
    }

    private void draw(float[] widths, List<List<String>> wrapped) throws IOException {
        float height = height(wrapped);
        float x = LEFT;
        for (int i = 0; i < widths.length; i++) {
            float lineY = y - CELL_PAD - TABLE_TEXT;
            for (String line : wrapped.get(i)) {
                labels.line(content, font, line, TABLE_TEXT, x + CELL_PAD, lineY, widths[i] - 2 * CELL_PAD);
                lineY -= leading(TABLE_TEXT);
            }
            x += widths[i];
        }
        content.setLineWidth(0.3f);
        content.moveTo(LEFT, y - height);
        content.lineTo(LEFT + WIDTH, y - height);
        content.stroke();
        y -= height;
    }

    private List<List<String>> wrap(float[] widths, List<String> cells) throws IOException {
        List<List<String>> wrapped = new ArrayList<>(widths.length);
        for (int i = 0; i < widths.length; i++) {
            wrapped.add(lines(i < cells.size() ? cells.get(i) : "", TABLE_TEXT, widths[i] - 2 * CELL_PAD));
        }
        return wrapped;
    }

    private static float height(List<List<String>> wrapped) {
        int lines = wrapped.stream().mapToInt(List::size).max().orElse(1);
        return Math.max(1, lines) * leading(TABLE_TEXT) + 2 * CELL_PAD;
    }

    /** {@code text} in lines that fit {@code width}: broken at spaces, and within a word too long for a line. */
    private List<String> lines(String text, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : (text == null ? "" : text).split("\\R", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.strip().split("\\s+")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (labels.width(font, candidate, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                }
                String rest = word;
                while (rest.codePointCount(0, rest.length()) > 1 && labels.width(font, rest, size) > width) {
                    int cut = rest.offsetByCodePoints(0, 1);
                    while (cut < rest.length() && labels.width(font, rest.substring(0, rest.offsetByCodePoints(cut,
                            1)), size) <= width) {
                        cut = rest.offsetByCodePoints(cut, 1);
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.setLength(0);
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Goes on to a new page unless {@code needed} points are left on this one. */
    private void room(float needed) throws IOException {
        if (content == null || y - needed < BOTTOM) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = TOP;
    }

    private static float leading(float size) {
        return size * 1.3f;
    }
}
