package org.stockpile.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** docs/performance.md, where each benchmark keeps its tables between markers of its own. */
final class PerformanceReport {

    private static final Path REPORT = Path.of("docs", "performance.md");

    private PerformanceReport() {
    }

    /** Replaces what lies between the markers (markers included), or appends the section when they are missing. */
    static void replace(String begin, String end, String section) throws IOException {
        String document = Files.readString(REPORT);
        int from = document.indexOf(begin);
        int to = document.indexOf(end);
        String updated = from >= 0 && to > from
                ? document.substring(0, from) + section + document.substring(to + end.length())
                : document + "\n" + section + "\n";
        Files.writeString(REPORT, updated);
    }
}
