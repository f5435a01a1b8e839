package org.stockpile.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.stockpile.support.Pdfs;

/**
 * A printed report lays any text out on as many pages as it needs: nothing is cut, a table's header is repeated on
 * every page it runs over, each page says which it is out of how many, and the boxes to sign stay together.
 */
class PrintedReportTest {

    private final LabelRenderer labels = new LabelRenderer();

    @Test
    void aLongTableRunsOverPagesWithItsHeaderOnEachAndNothingCut() {
        List<List<String>> rows = new ArrayList<>();
        IntStream.range(0, 300).forEach(i -> rows.add(List.of("R" + i, "Fusil d’assaut " + i, "ligne " + i)));
        String unbroken = "X".repeat(600) + "FIN";
        byte[] pdf;
        try (PrintedReport report = labels.report(Locale.FRENCH, ZoneId.of("Africa/Bamako"))) {
            pdf = report.title("Rapport").fact("Site", "ARM-GAO-01").paragraph(unbroken)
                    .table(new float[] { 20, 60, 0 }, List.of("Code", "Arme", "Note"), rows)
                    .signatures(List.of("L’inspecteur", "Le chef du site", "Le témoin")).finish("Pied de page");
        }
        String text = Pdfs.text(pdf);
        int pages = Pdfs.pages(pdf);
        assertTrue(pages > 3, "several pages: " + pages);
        rows.forEach(row -> assertTrue(text.contains(row.get(1)), row.get(1)));
        assertEquals(pages, text.split("Code\\s+Arme\\s+Note").length - 1, "the header on every page");
        assertTrue(text.replaceAll("\\s", "").contains(unbroken), "a word longer than a line is wrapped, not cut");
        assertTrue(text.contains("1 / " + pages) && text.contains(pages + " / " + pages), text);
        assertEquals(pages, text.split("Pied de page").length - 1, "the footer on every page");
    }

    @Test
    void theBoxesToSignAreNeverSplitOverTwoPagesWhereverTheTextBeforeThemEnds() {
        List<String> signers = List.of("Compteur A", "Compteur B", "Deuxième personne", "Le chef du site");
        int movedOn = 0;
        // A page holds about 60 lines of text: each way the text before the boxes can end near a page's foot is tried.
        for (int lines = 30; lines < 70; lines++) {
            byte[] pdf;
            try (PrintedReport report = labels.report(Locale.FRENCH, ZoneId.of("Africa/Bamako"))) {
                report.title("Procès-verbal");
                IntStream.range(0, lines).forEach(i -> report.paragraph("Ligne " + i));
                pdf = report.signatures(signers).finish("Pied de page");
            }
            String lastPage = Pdfs.page(pdf, Pdfs.pages(pdf));
            signers.forEach(signer -> assertTrue(lastPage.contains(signer), signer + " is with the others"));
            movedOn += lastPage.contains("Ligne") ? 0 : 1;
        }
        assertTrue(movedOn > 0, "some of these texts leave no room for the boxes on their last page");
    }
}
