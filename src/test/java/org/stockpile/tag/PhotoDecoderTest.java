package org.stockpile.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stockpile.system.problem.ProblemException;
import org.stockpile.system.problem.ProblemType;

/**
 * The photo decoder against a seeded corpus of label photos (see {@link PhotoCorpus}), and against photos made to
 * cost as much as possible. Found rates and times are the benchmark's to report; here, what must always hold.
 */
class PhotoDecoderTest {

    private static List<DecoderComparison.Outcome> outcomes;

    @BeforeAll
    static void decodeTheCorpus() {
        // Time enough that the outcome does not depend on the machine's speed.
        outcomes = DecoderComparison.run(DecoderComparison.decoder(Duration.ofMinutes(2)),
                PhotoCorpus.generate(20_261_124L, 2));
    }

    @Test
    void everyCodeOnePlainZxingCallFindsIsFound() {
        List<DecoderComparison.Outcome> plainFound = with(outcome -> !outcome.plain().isEmpty());
        assertFalse(plainFound.isEmpty(), "the plain call finds codes in the corpus");
        for (DecoderComparison.Outcome outcome : plainFound) {
            assertTrue(outcome.service().containsAll(outcome.plain()),
                    outcome.sample().name() + ": plain " + outcome.plain() + ", service " + outcome.service());
        }
        long service = outcomes.stream().mapToLong(DecoderComparison.Outcome::foundByService).sum();
        long plain = outcomes.stream().mapToLong(DecoderComparison.Outcome::foundByPlain).sum();
        assertTrue(service > plain, "the service finds more than one plain call: " + service + " vs " + plain);
    }

    @Test
    void noCodeIsReportedWhereThereIsNone() {
        List<DecoderComparison.Outcome> blank = with(outcome -> outcome.sample().codes().isEmpty());
        assertFalse(blank.isEmpty());
        for (DecoderComparison.Outcome outcome : outcomes) {
            assertTrue(outcome.invented().isEmpty(), outcome.sample().name() + " invented " + outcome.invented());
            assertTrue(outcome.complete(), outcome.sample().name() + " was not searched to its end");
        }
    }

    @Test
    void everyLabelOfAPhotoOfManyLabelsIsFound() {
        List<DecoderComparison.Outcome> many = with(
                outcome -> outcome.sample().degradation() == PhotoCorpus.Degradation.MANY_LABELS);
        assertEquals(3 * 2, many.size());
        for (DecoderComparison.Outcome outcome : many) {
            assertEquals(outcome.sample().codes(), outcome.service(), outcome.sample().name());
        }
    }

    @Test
    void cleanPhotosAreAllRead() {
        List<DecoderComparison.Outcome> clean = with(
                outcome -> outcome.sample().degradation() == PhotoCorpus.Degradation.CLEAN);
        assertFalse(clean.isEmpty());
        for (DecoderComparison.Outcome outcome : clean) {
            assertEquals(outcome.sample().codes(), outcome.service(), outcome.sample().name());
        }
    }

    /** 1 × 4,000,000 pixels in 8 KB: once 58 s of one core. */
    @Test
    void aPhotoFarLongerThanItIsWideIsRefusedBeforeItIsDecoded() throws IOException {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> DecoderComparison.decoder(Duration.ofSeconds(4)).decode(png(1, 4_000_000)));
        assertEquals("problem.photo.shape", refused.detailKey());
    }

    /** A small file declaring 6000 × 6000 pixels is searched at no more than the search budget. */
    @Test
    void aLargePhotoIsSubsampledToTheSearchBudgetAsItIsRead() throws IOException {
        BufferedImage blank = new BufferedImage(6000, 6000, BufferedImage.TYPE_BYTE_GRAY);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(blank, "jpeg", jpeg);
        PhotoDecoder decoder = DecoderComparison.decoder(Duration.ofSeconds(30));
        BufferedImage searched = decoder.read(jpeg.toByteArray(), System.nanoTime() + Duration.ofSeconds(30).toNanos());
        assertTrue((long) searched.getWidth() * searched.getHeight() <= 12_000_000,
                searched.getWidth() + " × " + searched.getHeight());
        assertTrue(decoder.decode(jpeg.toByteArray()).codes().isEmpty());
    }

    /** A photo whose time runs out is never answered "no code": its reading is stopped, or its search says so. */
    @Test
    void aPhotoPastItsDeadlineIsNeverSaidToHoldNoCode() throws IOException {
        PhotoDecoder hurried = DecoderComparison.decoder(Duration.ZERO);
        for (byte[] photo : List.of(png(2000, 1500), outcomes.get(0).sample().jpeg())) {
            try {
                assertFalse(hurried.decode(photo).complete());
            } catch (ProblemException refused) {
                assertEquals("problem.photo.too-slow", refused.detailKey());
            }
        }
    }

    @Test
    void whenEveryTurnIsTakenAPhotoIsToldToComeBackLater() throws Exception {
        PhotoDecoder decoder = new PhotoDecoder(new PhotoDecoder.Limits(40_000_000, 12_000_000, 12,
                Duration.ofSeconds(4), 1, Duration.ofMillis(20)));
        byte[] photo = outcomes.get(0).sample().jpeg();
        decoder.turns().acquire();
        ProblemException busy = assertThrows(ProblemException.class, () -> decoder.decode(photo));
        assertEquals(ProblemType.SERVICE_UNAVAILABLE, busy.type());
        decoder.turns().release();
        assertEquals(outcomes.get(0).service(), java.util.Set.copyOf(decoder.decode(photo).codes()));
    }

    private static List<DecoderComparison.Outcome> with(Predicate<DecoderComparison.Outcome> condition) {
        return outcomes.stream().filter(condition).toList();
    }

    private static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY), "png", png);
        return png.toByteArray();
    }
}
