package org.stockpile.system;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

/**
 * Writes a list of records as CSV (RFC 4180): a header of the record's field names, then one line per record.
 * Reports answer CSV when asked with {@code Accept: text/csv}, for spreadsheets.
 */
@Provider
@Produces(CsvWriter.TEXT_CSV)
public class CsvWriter implements MessageBodyWriter<List<?>> {

    public static final String TEXT_CSV = "text/csv";
    /** The first characters by which a spreadsheet recognises a formula (OWASP's list, and a line feed). */
    private static final String FORMULA_STARTS = "=+-@\t\r\n";

    /**
     * Any list asked for as CSV: its records' type is the one declared, or, where a method declares only
     * {@code List<?>} (a page that answers one of several reports), the one its rows are.
     */
    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return List.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(List<?> rows, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        Class<?> recordType = recordType(genericType);
        if (recordType == null && !rows.isEmpty() && rows.get(0).getClass().isRecord()) {
            recordType = rows.get(0).getClass();
        }
        if (recordType == null) {
            // An empty list of a type nobody declared: nothing, not even a header, can be said of it.
            return;
        }
        RecordComponent[] fields = recordType.getRecordComponents();
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            csv.append(i == 0 ? "" : ",").append(fields[i].getName());
        }
        csv.append("\r\n");
        for (Object row : rows) {
            for (int i = 0; i < fields.length; i++) {
                csv.append(i == 0 ? "" : ",").append(cell(value(fields[i], row)));
            }
            csv.append("\r\n");
        }
        out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static Class<?> recordType(Type genericType) {
        if (genericType instanceof ParameterizedType list && list.getActualTypeArguments().length == 1
                && list.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
            return element;
        }
        return null;
    }

    private static Object value(RecordComponent field, Object row) {
        try {
            return field.getAccessor().invoke(row);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + field.getName(), e);
        }
    }

    /**
     * One value as a CSV cell. Text that a spreadsheet would take for a formula (it starts with =, +, -, @, a tab or a
     * line break) is kept as text by a leading apostrophe, so that a name typed at a counter never runs on the
     * inspector's computer; numbers, whose sign is theirs, are written as they are.
     */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text;
        if (value instanceof Number number) {
            text = number instanceof BigDecimal decimal ? decimal.stripTrailingZeros().toPlainString()
                    : number.toString();
        } else {
            text = value.toString();
            if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
                text = "'" + text;
            }
        }
        return text.matches("(?s).*[,\"\r\n].*") ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
