package org.stockpile.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text exists in French and in English, and the language is chosen as users would expect. */
class MessagesTest {

    @ParameterizedTest
    @ValueSource(strings = { "i18n/messages", "ValidationMessages" })
    void everyTextHasBothLanguages(String bundle) throws IOException {
        assertEquals(keys(bundle + "_fr.properties"), keys(bundle + "_en.properties"));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = { "null,fr", "'',fr", "en,en", "en-US,en", "fr-ML,fr", "de,fr",
            "'de;q=1, en;q=0.5',en", "'en;q=0.2, fr;q=0.9',fr", "'***garbage;;',fr" })
    void theLanguageIsChosenFromAcceptLanguage(String header, String expected) {
        assertEquals(Locale.forLanguageTag(expected), Messages.resolve(header));
    }

    private static Set<String> keys(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
