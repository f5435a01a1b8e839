package org.stockpile.system;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Reads request bodies strictly, so that what a client sends is either taken exactly or refused (400 naming the
 * field), never quietly changed: a number is a JSON number and a whole number has no fraction ({@code 1.99} is not
 * 1, {@code "10"} is not 10); a date or time is an ISO 8601 string ({@code 1e400} is not 1970); text is a JSON
 * string of characters that can be stored as they are ({@link StoredText}); a value of the wrong JSON type is not
 * converted. Unknown fields are refused too (application.properties).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** After Quarkus's own customizers, so that these deserializers win over the modules they register. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        // A body is one JSON value: "{}}" is malformed, not an empty object followed by noise to ignore.
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        for (LogicalType type : new LogicalType[] { LogicalType.Integer, LogicalType.Float, LogicalType.Boolean }) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        SimpleModule strict = new SimpleModule("stockpile-strict-json");
        strict.addDeserializer(String.class, new StorableString());
        strict.addDeserializer(OffsetDateTime.class, new IsoString<>(OffsetDateTime.class,
                text -> OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME)));
        strict.addDeserializer(LocalDate.class, new IsoString<>(LocalDate.class,
                text -> LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE)));
        mapper.registerModule(strict);
    }

    /** A JSON string whose characters can all be stored; anything else is refused. */
    static final class StorableString extends StdScalarDeserializer<String> {

        StorableString() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            String text = parser.getText();
            if (!StoredText.isStorable(text)) {
                throw context.weirdStringException(text, String.class, UNSTORABLE);
            }
            return text;
        }
    }

    /** The marker ProblemMappers recognises to say which characters are refused. */
    public static final String UNSTORABLE = "unstorable characters";

    /** A date or time given only as an ISO 8601 string. */
    static final class IsoString<T> extends StdScalarDeserializer<T> {

        private final Function<String, T> parse;

        IsoString(Class<T> type, Function<String, T> parse) {
            super(type);
            this.parse = parse;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (T) context.handleUnexpectedToken(handledType(), parser);
            }
            String text = parser.getText().strip();
            try {
                return parse.apply(text);
            } catch (DateTimeParseException e) {
                throw context.weirdStringException(text, handledType(), "not an ISO 8601 date or time");
            }
        }
    }
}
