package org.stockpile.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The feature packages in the order they build on each other (as docs/architecture.md draws them): a package may
 * use the ones before it and never one after it, so that each can be read, tested and changed knowing only what
 * comes before. A later feature reaches an earlier one's rule through a port the earlier one declares.
 */
class PackageLayersTest {

    static final List<String> LAYERS = List.of("system", "security", "site", "person", "key", "weapon", "ammo",
            "tag", "training", "custody", "loss", "stocktake", "inspection", "report", "web", "demo");
    private static final Path SOURCES = Path.of("src", "main", "java", "org", "stockpile");
    private static final Pattern REFERENCE = Pattern.compile("\\borg\\.stockpile\\.(\\w+)\\.");

    @Test
    void noPackageUsesALaterOne() throws IOException {
        List<String> upward = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            files = walk.filter(file -> file.toString().endsWith(".java")).toList();
        }
        assertTrue(files.size() > 50, "the sources were found: " + files.size());
        for (Path file : files) {
            String layer = SOURCES.relativize(file).getName(0).toString();
            assertTrue(LAYERS.contains(layer), () -> file + " is in a package missing from the layers");
            Matcher reference = REFERENCE.matcher(Files.readString(file));
            while (reference.find()) {
                String used = reference.group(1);
                if (LAYERS.contains(used) && LAYERS.indexOf(used) > LAYERS.indexOf(layer)) {
                    upward.add(SOURCES.relativize(file) + " uses " + used);
                }
            }
        }
        assertEquals(List.of(), upward);
    }

    @Test
    void everyPackageIsALayer() throws IOException {
        try (Stream<Path> packages = Files.list(SOURCES)) {
            assertEquals(new TreeSet<>(LAYERS), new TreeSet<>(packages.map(p -> p.getFileName().toString())
                    .toList()));
        }
    }
}
