package org.stockpile.system;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.stockpile.support.Inspecting;
import org.stockpile.system.problem.ProblemException;
import org.stockpile.system.problem.ProblemType;

/** Photos from clients: told by their content, measured from their header alone, refused beyond a pixel budget. */
class PhotosTest {

    @Test
    void aPhotoIsToldByItsContentAndMeasuredFromItsHeader() {
        assertEquals(new Photos.Header("image/jpeg", 640, 480), Photos.header(Inspecting.jpeg(640, 480)));
        assertEquals(new Photos.Header("image/png", 10_000, 5_000), Photos.header(Inspecting.pngHeaderOnly(10_000, 5_000)),
                "the size comes from the header: no pixel is decoded");
        assertEquals(ProblemType.UNSUPPORTED_MEDIA_TYPE, assertThrows(ProblemException.class,
                () -> Photos.header("GIF89a".getBytes(StandardCharsets.US_ASCII))).type());
        assertEquals(ProblemType.RULE_VIOLATION, assertThrows(ProblemException.class,
                () -> Photos.header(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })).type());
    }

    @Test
    void aPhotoOfMorePixelsThanTheBudgetIsRefused() {
        assertDoesNotThrow(() -> Photos.requireAtMost(40_000_000, 8_000, 5_000));
        ProblemException refused = assertThrows(ProblemException.class,
                () -> Photos.requireAtMost(40_000_000, 10_000, 5_000));
        assertEquals(ProblemType.RULE_VIOLATION, refused.type());
        assertEquals("problem.photo.too-many-pixels", refused.detailKey());
        assertThrows(ProblemException.class, () -> Photos.requireAtMost(40_000_000, 65_535, 65_535),
                "the product is counted in a long: it does not wrap round");
    }
}
