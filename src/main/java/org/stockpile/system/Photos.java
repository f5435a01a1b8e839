package org.stockpile.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.stockpile.system.problem.ProblemException;
import org.stockpile.system.problem.ProblemType;

/**
 * Photos that clients send: JPEG or PNG only, identified by their content (never by what the client says they are),
 * and any failure to read one answered as the client's fault, never as an error of ours.
 */
public final class Photos {

    private static final Map<String, String> MEDIA_TYPES = Map.of("jpeg", "image/jpeg", "png", "image/png");

    private Photos() {
    }

    /** What is done with a photo's reader; it may read as little (the header) or as much as it needs. */
    @FunctionalInterface
    public interface Reading<T> {
        T read(ImageReader reader) throws IOException;
    }

    /** A photo's media type and size, as its header gives them. */
    public record Header(String mediaType, int width, int height) {
    }

    /** A photo of {@code width} × {@code height} pixels is refused when it has more than {@code maxPixels} (422). */
    public static void requireAtMost(long maxPixels, int width, int height) {
        if ((long) width * height > maxPixels) {
            throw ProblemException.rule(null, "problem.photo.too-many-pixels", String.valueOf(width),
                    String.valueOf(height), String.valueOf(maxPixels / 1_000_000));
        }
    }

    /**
     * Runs {@code reading} with a reader set on {@code photo}: 415 when the photo is neither JPEG nor PNG, 422 when it
     * cannot be read (truncated, damaged); a refusal {@code reading} throws goes through as it is.
     */
    public static <T> T read(byte[] photo, Reading<T> reading) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(photo))) {
            Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, null, "problem.photo.format");
            }
            ImageReader reader = readers.next();
            try {
                if (mediaType(reader) == null) {
                    throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, null, "problem.photo.format");
                }
                reader.setInput(input, true, true);
                return reading.read(reader);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException problem) {
                throw problem;
            }
            throw ProblemException.rule(null, "problem.photo.unreadable");
        }
    }

    /** The photo's header, read without decoding a single pixel. */
    public static Header header(byte[] photo) {
        return read(photo, reader -> new Header(mediaType(reader), reader.getWidth(0), reader.getHeight(0)));
    }

    private static String mediaType(ImageReader reader) throws IOException {
        return MEDIA_TYPES.get(reader.getFormatName().toLowerCase(Locale.ROOT));
    }
}
