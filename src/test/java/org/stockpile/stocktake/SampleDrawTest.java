package org.stockpile.stocktake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** A sample drawn from the book: its size, no record twice, in book order, and every record as likely as another. */
class SampleDrawTest {

    private static final List<Integer> BOOK = IntStream.range(0, 100).boxed().toList();

    @Test
    void aSampleHasItsSizeNoRecordTwiceAndKeepsTheBooksOrder() {
        List<Integer> sample = SampleDraw.draw(BOOK, 20, new SplittableRandom(1));
        assertEquals(20, sample.size());
        assertEquals(20, new HashSet<>(sample).size());
        assertEquals(sample.stream().sorted().toList(), sample);
        assertTrue(BOOK.containsAll(sample));
        assertNotEquals(sample, SampleDraw.draw(BOOK, 20, new SplittableRandom(2)), "another draw, another sample");
    }

    @Test
    void aBookSmallerThanTheSampleIsCountedWhole() {
        assertEquals(BOOK, SampleDraw.draw(BOOK, 500, new SplittableRandom(1)));
        assertEquals(List.of(), SampleDraw.draw(BOOK, 0, new SplittableRandom(1)));
        assertThrows(IllegalArgumentException.class, () -> SampleDraw.draw(BOOK, -1, new SplittableRandom(1)));
    }

    @Test
    void everyRecordIsAboutAsLikelyToBeDrawn() {
        Map<Integer, Integer> times = new HashMap<>();
        SplittableRandom random = new SplittableRandom(7);
        for (int draw = 0; draw < 10_000; draw++) {
            SampleDraw.draw(BOOK, 10, random).forEach(record -> times.merge(record, 1, Integer::sum));
        }
        // Each record is expected 1,000 times in 10,000 draws of 10 out of 100; a biased draw (e.g. always the
        // first ones) lands far outside this band.
        assertEquals(100, times.size());
        times.forEach((record, n) -> assertTrue(n > 850 && n < 1150, record + " drawn " + n + " times"));
    }
}
