package org.stockpile.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.qute.i18n.Message;

/** Every text of the pages has its English beside its French: a key forgotten would show French in English. */
class WebMessagesTest {

    @ParameterizedTest
    @CsvSource({ "org.stockpile.web.WebMessages, /messages/web_en.properties",
            "org.stockpile.web.StocktakeMessages, /messages/stocktake_en.properties",
            "org.stockpile.web.LossMessages, /messages/loss_en.properties",
            "org.stockpile.web.KeyMessages, /messages/keys_en.properties",
            "org.stockpile.web.InspectionMessages, /messages/inspection_en.properties" })
    void everyPageTextHasItsEnglish(Class<?> bundle, String englishFile) throws IOException {
        Set<String> french = Arrays.stream(bundle.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(Message.class)).map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        Properties english = new Properties();
        try (InputStream in = bundle.getResourceAsStream(englishFile)) {
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertFalse(french.isEmpty());
        Set<String> missing = new TreeSet<>(french);
        missing.removeAll(english.stringPropertyNames());
        assertEquals(Set.of(), missing, "texts without English");
    }
}
