package org.stockpile.system;

/**
 * What text the service accepts and stores: Unicode that PostgreSQL keeps exactly as given and that every output
 * (JSON, CSV, XML for SVG labels, PDF) can carry. That excludes the NUL character (PostgreSQL refuses it), the other
 * C0 control characters except tab, line feed and carriage return (XML forbids them; no keyboard or scanner types
 * them), unpaired UTF-16 surrogates (not characters at all: they cannot be encoded) and the non-characters U+FFFE and
 * U+FFFF (forbidden in XML).
 */
public final class StoredText {

    private StoredText() {
    }

    /** Whether {@code text} may be stored as it is. */
    public static boolean isStorable(String text) {
        return firstUnstorable(text) < 0;
    }

    /** The index of the first character of {@code text} that may not be stored, or -1 when there is none. */
    public static int firstUnstorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (!isStorable(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a single UTF-16 unit, not part of a surrogate pair, may be stored. */
    private static boolean isStorable(char c) {
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        return !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
    }

    /** {@code text} with every character that may not be stored replaced by U+FFFD, for texts already stored. */
    public static String replaceUnstorable(String text) {
        if (text == null || isStorable(text)) {
            return text;
        }
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                clean.append(c).append(text.charAt(++i));
            } else {
                clean.append(isStorable(c) ? c : '\uFFFD');
            }
        }
        return clean.toString();
    }

    /** A text that is empty or only spaces is absent; spaces around a value are not part of it. */
    public static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The length PostgreSQL gives {@code text} (characters, not UTF-16 units), as its varchar(n) limits count. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
