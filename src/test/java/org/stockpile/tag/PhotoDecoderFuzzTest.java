package org.stockpile.tag;

import java.time.Duration;

import org.stockpile.system.problem.ProblemException;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The photo decoder, fed arbitrary bytes for a bounded time: it refuses with the problem a client gets (not an
 * image, unsupported, unreadable, too many pixels, too elongated, too slow) or finds codes; any other exception, or a
 * hang, fails.
 */
class PhotoDecoderFuzzTest {

    private final PhotoDecoder photos = DecoderComparison.decoder(Duration.ofSeconds(2));

    @FuzzTest(maxDuration = "20s")
    void onlyEverRefusesOrFindsCodes(byte[] photo) {
        try {
            photos.decode(photo);
        } catch (ProblemException expected) {
            // the refusal a client gets
        }
    }
}
