package org.stockpile.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** A CSV cell is what the record holds, quoted where CSV needs it, and never a formula a spreadsheet would run. */
class CsvWriterTest {

    @Test
    void textThatLooksLikeAFormulaIsKeptAsText() {
        assertEquals("'=1+2", CsvWriter.cell("=1+2"));
        assertEquals("'+SUM(A1)", CsvWriter.cell("+SUM(A1)"));
        assertEquals("'-2+3", CsvWriter.cell("-2+3"));
        assertEquals("'@SUM(A1)", CsvWriter.cell("@SUM(A1)"));
        assertEquals("'\tcmd", CsvWriter.cell("\tcmd"));
        assertEquals("\"'\rcmd\"", CsvWriter.cell("\rcmd"));
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", CsvWriter.cell("=HYPERLINK(\"http://x\",\"y\")"));
    }

    @Test
    void numbersKeepTheirSignAndOrdinaryTextIsUnchanged() {
        assertEquals("-40", CsvWriter.cell(-40L));
        assertEquals("-12.5", CsvWriter.cell(new BigDecimal("-12.500")));
        assertEquals("EXS-BKO-01", CsvWriter.cell("EXS-BKO-01"));
        assertEquals("\"Keïta, Awa\"", CsvWriter.cell("Keïta, Awa"));
        assertEquals("", CsvWriter.cell(null));
    }
}
