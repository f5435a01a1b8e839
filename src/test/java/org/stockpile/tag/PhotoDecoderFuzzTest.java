package org.stockpile.tag;

import org.stockpile.system.problem.ProblemException;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The photo decoder, fed arbitrary bytes for a bounded time: it refuses with the problem a client gets (not an
 * image, unsupported, unreadable, too many pixels) or finds codes; any other exception, or a hang, fails.
 */
class PhotoDecoderFuzzTest {

    private final PhotoDecoder photos = new PhotoDecoder(4_000_000);

    @FuzzTest(maxDuration = "30s")
    void onlyEverRefusesOrFindsCodes(byte[] photo) {
        try {
            photos.decode(photo);
        } catch (ProblemException expected) {
            // the refusal a client gets
        }
    }
}
