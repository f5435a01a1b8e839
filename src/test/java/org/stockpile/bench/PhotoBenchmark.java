package org.stockpile.bench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.ToLongFunction;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.stockpile.system.problem.ProblemException;
import org.stockpile.tag.DecoderComparison;
import org.stockpile.tag.PhotoCorpus;
import org.stockpile.tag.PhotoDecoder;

/**
 * The photo decoder on the seeded corpus of label photos ({@code bench.photos} photos per degradation and
 * symbology), with the service's limits, against one plain ZXing call; and its worst cases on hostile images.
 * Writes its tables into docs/performance.md between the photo benchmark markers.
 */
class PhotoBenchmark {

    private static final String BEGIN = "<!-- photo-benchmark:begin -->";
    private static final String END = "<!-- photo-benchmark:end -->";
    private static final long SEED = 2026;

    @Test
    void run() throws IOException {
        int perKind = Integer.getInteger("bench.photos", 10);
        PhotoDecoder decoder = DecoderComparison.decoder(Duration.ofSeconds(4));
        // A first pass warms the JIT, as a service that has decoded a few photos is.
        DecoderComparison.run(decoder, PhotoCorpus.generate(SEED + 1, 1));
        List<DecoderComparison.Outcome> outcomes = DecoderComparison.run(decoder, PhotoCorpus.generate(SEED, perKind));
        StringBuilder report = new StringBuilder(BEGIN).append('\n');
        report.append(String.format(Locale.ROOT, "### Photo decoding, run of %s%n%n%d photos (seed %d, %d per "
                + "degradation and symbology, 1280 × 960 JPEG; many labels: 1600 × 1200 with 6 to 9), service limits "
                + "(12 Mpx searched, 4 s). Plain: one ZXing `MultiFormatReader` call with TRY_HARDER.%n%n"
                + "| degradation | codes | found by plain | found by service | plain median / p95 | "
                + "service median / p95 | codes invented |%n|---|---|---|---|---|---|---|%n", LocalDate.now(),
                outcomes.size(), SEED, perKind));
        for (PhotoCorpus.Degradation degradation : PhotoCorpus.Degradation.values()) {
            report.append(row(degradation.name().toLowerCase(Locale.ROOT).replace('_', ' '), outcomes.stream()
                    .filter(outcome -> outcome.sample().degradation() == degradation).toList()));
        }
        report.append(row("**all**", outcomes));
        report.append('\n').append(hostile(decoder)).append(END);
        PerformanceReport.replace(BEGIN, END, report.toString());
        System.out.println(report);
    }

    private static String row(String name, List<DecoderComparison.Outcome> outcomes) {
        long codes = outcomes.stream().mapToLong(outcome -> outcome.sample().codes().size()).sum();
        long plain = outcomes.stream().mapToLong(DecoderComparison.Outcome::foundByPlain).sum();
        long service = outcomes.stream().mapToLong(DecoderComparison.Outcome::foundByService).sum();
        long invented = outcomes.stream().mapToLong(outcome -> outcome.invented().size()).sum();
        return String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %d |%n", name, codes, rate(plain, codes),
                rate(service, codes), times(outcomes, DecoderComparison.Outcome::plainNanos),
                times(outcomes, DecoderComparison.Outcome::serviceNanos), invented);
    }

    private static String rate(long found, long codes) {
        return codes == 0 ? "–" : String.format(Locale.ROOT, "%d (%.0f %%)", found, 100.0 * found / codes);
    }

    private static String times(List<DecoderComparison.Outcome> outcomes, ToLongFunction<DecoderComparison.Outcome> nanos) {
        long[] sorted = outcomes.stream().mapToLong(nanos).sorted().toArray();
        return String.format(Locale.ROOT, "%d / %d ms", sorted[sorted.length / 2] / 1_000_000,
                sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1_000_000);
    }

    /** The images that cost the most: each one's answer and how long it took to give it. */
    private static String hostile(PhotoDecoder decoder) throws IOException {
        Random random = new Random(SEED);
        BufferedImage noise = new BufferedImage(4000, 3000, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < noise.getHeight(); y++) {
            for (int x = 0; x < noise.getWidth(); x++) {
                noise.getRaster().setSample(x, y, 0, random.nextBoolean() ? 0 : 255);
            }
        }
        List<String[]> cases = new ArrayList<>();
        cases.add(hostile(decoder, "PNG of 1 × 4,000,000 pixels", encode(new BufferedImage(1, 4_000_000,
                BufferedImage.TYPE_BYTE_BINARY), "png")));
        cases.add(hostile(decoder, "JPEG declaring 6000 × 6000 pixels", encode(new BufferedImage(6000, 6000,
                BufferedImage.TYPE_BYTE_GRAY), "jpeg")));
        cases.add(hostile(decoder, "PNG of 7000 × 5700 pixels (40 Mpx)", encode(new BufferedImage(7000, 5700,
                BufferedImage.TYPE_BYTE_BINARY), "png")));
        cases.add(hostile(decoder, "12 Mpx of black and white noise (every fallback tried)", encode(noise, "png")));
        StringBuilder out = new StringBuilder("| hostile image | size | answer | time |\n|---|---|---|---|\n");
        for (String[] row : cases) {
            out.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        return out.append('\n').toString();
    }

    private static String[] hostile(PhotoDecoder decoder, String name, byte[] image) {
        long start = System.nanoTime();
        String answer;
        try {
            PhotoDecoder.Decoded decoded = decoder.decode(image);
            answer = decoded.codes().size() + " codes, search " + (decoded.complete() ? "complete" : "stopped at 4 s");
        } catch (ProblemException refused) {
            answer = "refused (" + refused.detailKey() + ")";
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new String[] { name, String.format(Locale.ROOT, "%,d bytes", image.length), answer, millis + " ms" };
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
