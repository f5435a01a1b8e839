package org.stockpile.tag;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;

/**
 * Runs the service's decoder and one plain ZXing call (a {@code MultiFormatReader} with TRY_HARDER, as any ZXing
 * user would write it) on the same photos, for the tests that compare them and the benchmark that reports them.
 */
public final class DecoderComparison {

    /** What each found in one photo, and how long the service took. */
    public record Outcome(PhotoCorpus.Sample sample, Set<String> plain, Set<String> service, boolean complete,
            long plainNanos, long serviceNanos) {

        public long foundByService() {
            return sample.codes().stream().filter(service::contains).count();
        }

        public long foundByPlain() {
            return sample.codes().stream().filter(plain::contains).count();
        }

        /** Codes reported that are not in the photo. */
        public Set<String> invented() {
            Set<String> invented = new LinkedHashSet<>(service);
            invented.removeAll(sample.codes());
            return invented;
        }
    }

    private DecoderComparison() {
    }

    public static List<Outcome> run(PhotoDecoder decoder, List<PhotoCorpus.Sample> samples) {
        List<Outcome> outcomes = new ArrayList<>();
        for (PhotoCorpus.Sample sample : samples) {
            long start = System.nanoTime();
            Set<String> plain = plain(sample.jpeg());
            long plainNanos = System.nanoTime() - start;
            start = System.nanoTime();
            PhotoDecoder.Decoded decoded = decoder.decode(sample.jpeg());
            long serviceNanos = System.nanoTime() - start;
            outcomes.add(new Outcome(sample, plain, new LinkedHashSet<>(decoded.codes()), decoded.complete(),
                    plainNanos, serviceNanos));
        }
        return outcomes;
    }

    /** The service's decoder with its production limits, or with as much time as a comparison needs. */
    public static PhotoDecoder decoder(Duration maxTime) {
        return new PhotoDecoder(new PhotoDecoder.Limits(40_000_000, 12_000_000, 12, maxTime, 2,
                Duration.ofSeconds(1)));
    }

    private static Set<String> plain(byte[] jpeg) {
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
            return Set.of(new MultiFormatReader().decode(
                    new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))), hints).getText());
        } catch (ReaderException nothing) {
            return Set.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
