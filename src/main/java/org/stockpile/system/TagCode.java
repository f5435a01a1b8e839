package org.stockpile.system;

import java.util.Locale;

/**
 * The code printed on a label and typed by a barcode scanner: a letter for what it labels, the record's number
 * in base 36 on six characters, and an ISO 7064 MOD 37-2 check character. Eight characters, unique nationally,
 * derived from the record so that a damaged label is reprinted with the same code. The check character catches
 * every single misread character and every swap of two adjacent ones before anything is looked up.
 */
public record TagCode(Kind kind, long number) {

    public enum Kind {
        WEAPON('W'), STORAGE_LOCATION('L'), PERSON('P'), AMMUNITION_LOT('A'), KEY('K');

        private final char letter;

        Kind(char letter) {
            this.letter = letter;
        }

        static Kind of(char letter) {
            for (Kind kind : values()) {
                if (kind.letter == letter) {
                    return kind;
                }
            }
            return null;
        }
    }

    static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*";
    private static final int MODULUS = 37;
    private static final int DIGITS = 6;
    static final long MAX_NUMBER = 2_176_782_335L; // 36^6 - 1
    public static final int LENGTH = 1 + DIGITS + 1;
    /** What a scanner may send as one code: far more than a tag, far less than a flood echoed back in a refusal. */
    public static final int MAX_SCANNED = 64;

    public TagCode {
        if (kind == null || number < 1 || number > MAX_NUMBER) {
            throw new IllegalArgumentException("No tag for " + kind + " " + number);
        }
    }

    public static TagCode of(Kind kind, long number) {
        return new TagCode(kind, number);
    }

    /** The printed form, e.g. {@code W0000DRZ7}. */
    public String value() {
        String body = kind.letter + pad(Long.toString(number, 36).toUpperCase(Locale.ROOT));
        return body + checkCharacter(body);
    }

    @Override
    public String toString() {
        return value();
    }

    /**
     * Reads a scanned or typed code. Letter case and surrounding spaces do not matter.
     *
     * @throws InvalidTagException naming what is wrong: the shape, or a check character that does not match
     */
    public static TagCode parse(String scanned) {
        String code = scanned == null ? "" : scanned.strip().toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH) {
            throw new InvalidTagException(InvalidTagException.Reason.SHAPE, scanned);
        }
        Kind kind = Kind.of(code.charAt(0));
        for (int i = 1; i < LENGTH - 1; i++) {
            if (Character.digit(code.charAt(i), 36) < 0) {
                throw new InvalidTagException(InvalidTagException.Reason.SHAPE, scanned);
            }
        }
        if (kind == null || ALPHABET.indexOf(code.charAt(LENGTH - 1)) < 0) {
            throw new InvalidTagException(InvalidTagException.Reason.SHAPE, scanned);
        }
        String body = code.substring(0, LENGTH - 1);
        if (checkCharacter(body) != code.charAt(LENGTH - 1)) {
            throw new InvalidTagException(InvalidTagException.Reason.CHECK_CHARACTER, scanned);
        }
        long number = Long.parseLong(body.substring(1), 36);
        if (number < 1) {
            throw new InvalidTagException(InvalidTagException.Reason.SHAPE, scanned);
        }
        return new TagCode(kind, number);
    }

    /** ISO 7064 MOD 37-2 (pure system, radix 2) over the letters and digits of {@code body}. */
    static char checkCharacter(String body) {
        int p = 0;
        for (int i = 0; i < body.length(); i++) {
            p = ((p + ALPHABET.indexOf(body.charAt(i))) * 2) % MODULUS;
        }
        return ALPHABET.charAt((MODULUS + 1 - p) % MODULUS);
    }

    private static String pad(String digits) {
        return "0".repeat(DIGITS - digits.length()) + digits;
    }
}
