package org.stockpile.tag;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.stockpile.system.problem.ProblemException;
import org.stockpile.system.problem.ProblemType;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.datamatrix.DataMatrixReader;
import com.google.zxing.multi.GenericMultipleBarcodeReader;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;

/**
 * Finds every barcode in a photo (a phone picture of a rack may hold many), in the symbologies labels use. The
 * image's size in pixels is read from its header and checked before it is decoded, so that a small file cannot
 * expand into a huge bitmap.
 */
@ApplicationScoped
public class PhotoDecoder {

    private static final Set<String> FORMATS = Set.of("jpeg", "png");
    private static final int[] WINDOW_DIVISIONS = { 2, 3, 4 };
    private static final Map<DecodeHintType, Object> HINTS = new EnumMap<>(DecodeHintType.class);

    static {
        HINTS.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        HINTS.put(DecodeHintType.POSSIBLE_FORMATS,
                List.of(BarcodeFormat.QR_CODE, BarcodeFormat.DATA_MATRIX, BarcodeFormat.CODE_128));
    }

    private final long maxPixels;

    PhotoDecoder(@ConfigProperty(name = "stockpile.tags.photo.max-pixels") long maxPixels) {
        this.maxPixels = maxPixels;
    }

    /** The text of every barcode found, each once, in the order found; empty when there is none. */
    public List<String> decode(byte[] photo) {
        BufferedImage image = read(photo);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        Set<String> found = new LinkedHashSet<>();
        for (Result result : quietly(() -> new QRCodeMultiReader().decodeMultiple(bitmap, HINTS))) {
            found.add(result.getText());
        }
        for (Result result : quietly(() -> new GenericMultipleBarcodeReader(new MultiFormatReader())
                .decodeMultiple(bitmap, HINTS))) {
            found.add(result.getText());
        }
        found.addAll(dataMatrixInWindows(image));
        return new ArrayList<>(found);
    }

    /**
     * ZXing's DataMatrix detector starts from the centre of what it is given, so in a photo of many labels it
     * finds none. Overlapping windows of a few sizes put each symbol near the centre of one of them.
     */
    private static Set<String> dataMatrixInWindows(BufferedImage image) {
        Set<String> found = new LinkedHashSet<>();
        DataMatrixReader reader = new DataMatrixReader();
        int shorter = Math.min(image.getWidth(), image.getHeight());
        for (int divisions : WINDOW_DIVISIONS) {
            int size = shorter / divisions;
            int step = Math.max(1, size / 3);
            for (int y = 0; y + size <= image.getHeight(); y += step) {
                for (int x = 0; x + size <= image.getWidth(); x += step) {
                    BinaryBitmap window = new BinaryBitmap(new HybridBinarizer(
                            new BufferedImageLuminanceSource(image, x, y, size, size)));
                    try {
                        found.add(reader.decode(window, HINTS).getText());
                    } catch (ReaderException | RuntimeException nothingHere) {
                        // no DataMatrix centred in this window
                    }
                }
            }
        }
        return found;
    }

    private BufferedImage read(byte[] photo) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(photo))) {
            Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, null, "problem.photo.format");
            }
            ImageReader reader = readers.next();
            try {
                if (!FORMATS.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) {
                    throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, null, "problem.photo.format");
                }
                reader.setInput(input, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > maxPixels) {
                    throw ProblemException.rule(null, "problem.photo.too-many-pixels",
                            String.valueOf(reader.getWidth(0)), String.valueOf(reader.getHeight(0)),
                            String.valueOf(maxPixels / 1_000_000));
                }
                return reader.read(0);
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

    @FunctionalInterface
    private interface Decoding {
        Result[] run() throws NotFoundException;
    }

    private static Result[] quietly(Decoding decoding) {
        try {
            return decoding.run();
        } catch (NotFoundException | RuntimeException nothingFound) {
            return new Result[0];
        }
    }
}
