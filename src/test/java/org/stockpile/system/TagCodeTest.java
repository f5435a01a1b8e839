package org.stockpile.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tag codes: their shape, and the check character that catches a misread before any lookup. */
class TagCodeTest {

    @Test
    void theCheckCharacterIsIso7064Mod37_2() {
        assertEquals('H', TagCode.checkCharacter("G123498654321"));
    }

    @Test
    void aCodeReadsBackToWhatItLabels() {
        for (TagCode.Kind kind : TagCode.Kind.values()) {
            for (long number : new long[] { 1, 35, 36, 17_817, 27_990, TagCode.MAX_NUMBER }) {
                TagCode tag = TagCode.of(kind, number);
                assertEquals(TagCode.LENGTH, tag.value().length());
                assertEquals(tag, TagCode.parse(tag.value()));
                assertEquals(tag, TagCode.parse("  " + tag.value().toLowerCase() + "\t"));
            }
        }
    }

    @Test
    void everySingleMisreadCharacterIsCaught() {
        for (long number : new long[] { 1, 17_817, 999_999, TagCode.MAX_NUMBER }) {
            String code = TagCode.of(TagCode.Kind.WEAPON, number).value();
            for (int position = 1; position < code.length(); position++) {
                for (char replacement : TagCode.ALPHABET.toCharArray()) {
                    if (replacement == code.charAt(position) || (position < code.length() - 1 && replacement == '*')) {
                        continue;
                    }
                    String misread = code.substring(0, position) + replacement + code.substring(position + 1);
                    InvalidTagException refused = assertThrows(InvalidTagException.class, () -> TagCode.parse(misread),
                            misread);
                    assertEquals(InvalidTagException.Reason.CHECK_CHARACTER, refused.reason(), misread);
                }
            }
        }
    }

    @Test
    void everySwapOfTwoNeighboursIsCaught() {
        for (long number : new long[] { 12_345, 1_679_615, 60_466_175 }) {
            String code = TagCode.of(TagCode.Kind.PERSON, number).value();
            for (int i = 1; i < code.length() - 1; i++) {
                if (code.charAt(i) == code.charAt(i + 1)) {
                    continue;
                }
                String swapped = code.substring(0, i) + code.charAt(i + 1) + code.charAt(i) + code.substring(i + 2);
                assertThrows(InvalidTagException.class, () -> TagCode.parse(swapped), swapped);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "W", "W0000DR", "W0000DRZ77", "X0000DRH", "W0000-RH", "W00000000", "AK-47" })
    void somethingThatIsNotATagIsRefusedForItsShape(String scanned) {
        assertEquals(InvalidTagException.Reason.SHAPE,
                assertThrows(InvalidTagException.class, () -> TagCode.parse(scanned)).reason());
    }
}
