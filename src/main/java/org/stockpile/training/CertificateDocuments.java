package org.stockpile.training;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.stockpile.person.Person;
import org.stockpile.system.Messages;
import org.stockpile.tag.LabelRenderer;

/**
 * The printed documents of training: a certificate (A4 landscape, in French or English) with its number, its holder,
 * the course, its dates, what it authorises and a QR code that opens its verification page; and a session's
 * attendance sheet (A4 portrait), a row per trainee and a column per day, to be signed.
 */
@ApplicationScoped
public class CertificateDocuments {

    private static final float MM = 72f / 25.4f;
    /** Trainees on one page of an attendance sheet; a larger session's sheet runs over several pages. */
    private static final int ROWS_PER_SHEET = 25;

    private final LabelRenderer labels;
    private final String publicAddress;

    CertificateDocuments(LabelRenderer labels, @ConfigProperty(name = "stockpile.public-url") String publicAddress) {
        this.labels = labels;
        this.publicAddress = publicAddress.replaceAll("/+$", "");
    }

    /** Where a certificate is verified: the address its QR code holds. */
    public String verificationAddress(Certificate certificate) {
        return publicAddress + "/verify/" + URLEncoder.encode(certificate.number, StandardCharsets.UTF_8) + "?code="
                + certificate.verificationCode;
    }

    public byte[] certificate(Certificate c, Locale locale) {
        PDRectangle a4 = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
        return document(a4, 1, (index, content, font) -> {
            float left = 25 * MM;
            float width = a4.getWidth() - 50 * MM;
            float y = a4.getHeight() - 35 * MM;
            labels.line(content, font, text(locale, "document.certificate.republic"), 12, left, y, width);
            y -= 18 * MM;
            labels.line(content, font, text(locale, "document.certificate.title"), 26, left, y, width);
            y -= 14 * MM;
            labels.line(content, font, text(locale, "document.certificate.holder", c.person.fullName(),
                    c.person.serviceNumber), 16, left, y, width);
            y -= 10 * MM;
            labels.line(content, font, text(locale, "document.certificate.course", c.course.title(locale),
                    c.course.code), 14, left, y, width);
            y -= 10 * MM;
            labels.line(content, font, text(locale, "document.certificate.validity", c.issuedOn, c.validThrough), 12,
                    left, y, width);
            y -= 8 * MM;
            labels.line(content, font, text(locale, "document.certificate.authorises", authorisations(c, locale)),
                    12, left, y, width - 60 * MM);
            y -= 14 * MM;
            labels.line(content, font, text(locale, "document.certificate.number", c.number), 14, left, y, width);
            y -= 7 * MM;
            labels.line(content, font, text(locale, "document.certificate.code", c.verificationCode), 11, left, y,
                    width);
            y -= 7 * MM;
            labels.line(content, font, verificationAddress(c), 9, left, y, width - 60 * MM);
            labels.qr(content, verificationAddress(c), a4.getWidth() - 75 * MM, 75 * MM, 50 * MM);
        });
    }

    private static String authorisations(Certificate c, Locale locale) {
        List<String> what = new ArrayList<>();
        c.authorisedRoles.stream().sorted().forEach(role -> what.add(text(locale, "authorisation." + role.name())));
        c.weaponTypes.stream().sorted().forEach(type -> what.add(text(locale, "authorisation." + type.name())));
        return what.isEmpty() ? text(locale, "document.certificate.authorises-nothing")
                : what.stream().collect(Collectors.joining(", "));
    }

    /** The attendance sheet of a session: a row per trainee, a box per day, and a column to sign. */
    public byte[] attendanceSheet(TrainingSession session, List<Enrolment> enrolled, Locale locale) {
        PDRectangle a4 = PDRectangle.A4;
        List<LocalDate> days = session.days();
        int pages = Math.max(1, (enrolled.size() + ROWS_PER_SHEET - 1) / ROWS_PER_SHEET);
        return document(a4, pages, (index, content, font) -> {
            float left = 15 * MM;
            float width = a4.getWidth() - 30 * MM;
            float y = a4.getHeight() - 20 * MM;
            labels.line(content, font, text(locale, "document.attendance.title", session.course.title(locale)), 16,
                    left, y, width);
            y -= 8 * MM;
            labels.line(content, font, text(locale, "document.attendance.session", session.startsOn, session.endsOn,
                    session.site != null ? session.site.code : session.region.code), 10, left, y, width);
            y -= 6 * MM;
            String trainers = session.trainers.stream().map(Person::fullName)
                    .collect(Collectors.joining(", "));
            labels.line(content, font, text(locale, "document.attendance.trainers", trainers), 10, left, y, width);
            y -= 10 * MM;
            float nameWidth = 60 * MM;
            float signWidth = 30 * MM;
            int shown = Math.min(days.size(), 14);
            float dayWidth = (width - nameWidth - signWidth) / Math.max(1, shown);
            labels.line(content, font, text(locale, "document.attendance.name"), 8, left, y, nameWidth);
            for (int d = 0; d < shown; d++) {
                labels.line(content, font, days.get(d).getDayOfMonth() + "/" + days.get(d).getMonthValue(), 7,
                        left + nameWidth + d * dayWidth + 1, y, dayWidth);
            }
            labels.line(content, font, text(locale, "document.attendance.signature"), 8,
                    left + width - signWidth + 1, y, signWidth);
            float row = 8 * MM;
            for (Enrolment e : enrolled.subList(index * ROWS_PER_SHEET,
                    Math.min(enrolled.size(), (index + 1) * ROWS_PER_SHEET))) {
                y -= row;
                labels.line(content, font, e.person.familyName + " " + e.person.givenNames + " ("
                        + e.person.serviceNumber + ")", 8, left, y + 2.5f * MM, nameWidth - 2);
                content.addRect(left, y, width, row);
                for (int d = 0; d <= shown; d++) {
                    content.addRect(left + nameWidth + d * dayWidth, y, d == shown ? 0 : dayWidth, row);
                }
            }
            content.stroke();
        });
    }

    /** Draws page {@code index} of a document. */
    @FunctionalInterface
    private interface Drawing {
        void draw(int index, PDPageContentStream content, PDType0Font font) throws IOException;
    }

    private byte[] document(PDRectangle size, int pages, Drawing drawing) {
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = labels.font(document);
            for (int index = 0; index < pages; index++) {
                PDPage page = new PDPage(size);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    drawing.draw(index, content, font);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Locale locale, String key, Object... arguments) {
        return Messages.format(locale, key, arguments);
    }
}
