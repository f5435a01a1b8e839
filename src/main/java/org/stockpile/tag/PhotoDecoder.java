package org.stockpile.tag;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.event.IIOReadProgressListener;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.stockpile.system.Photos;
import org.stockpile.system.problem.ProblemException;
import org.stockpile.system.problem.ProblemType;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.Binarizer;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.datamatrix.decoder.Decoder;
import com.google.zxing.datamatrix.detector.Detector;
import com.google.zxing.multi.GenericMultipleBarcodeReader;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;

/**
 * Finds every barcode in a photo (a phone picture of a rack may hold many), in the symbologies labels use.
 * <p>
 * The search begins with the one call any ZXing user would make, so that it finds at least what that call finds;
 * then the readers of several codes, and DataMatrix in windows; and only when nothing was found, other ways of
 * seeing the same picture (another binarizer, other scales, small rotations), stopping at the first that finds a code.
 * <p>
 * The work one photo can cause is bounded, whatever its bytes: its size and shape are read from its header and
 * refused before decoding when extreme; a large one is subsampled while it is read, so the search never sees more
 * than a set number of pixels; reading and searching stop at a deadline; and only so many photos are decoded at
 * once, the others being told to come back (503 with Retry-After).
 */
@ApplicationScoped
public class PhotoDecoder {

    /**
     * What one photo may cost: its declared size, the pixels searched (larger photos are subsampled), how elongated
     * it may be, the time it may take, and how many are decoded at once, with how long a photo waits for its turn.
     */
    public record Limits(long maxPixels, long searchPixels, int maxAspectRatio, Duration maxTime,
            int concurrentDecodes, Duration queueWait) {
    }

    /** The codes found, each once in the order found, and whether the search ran to its end within its time. */
    public record Decoded(List<String> codes, boolean complete) {
    }

    /** The smallest window searched for a DataMatrix: a symbol of 10 × 10 modules of 2 pixels, with its margins. */
    private static final int MIN_WINDOW = 64;
    /** Degrees: a 1D code photographed askew is read along rows, which cross all its bars only when nearly level. */
    private static final double[] ROTATIONS = { 15, -15, 30, -30, 45, -45 };
    private static final Map<DecodeHintType, Object> HINTS = new EnumMap<>(DecodeHintType.class);

    static {
        HINTS.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        HINTS.put(DecodeHintType.POSSIBLE_FORMATS,
                List.of(BarcodeFormat.QR_CODE, BarcodeFormat.DATA_MATRIX, BarcodeFormat.CODE_128));
    }

    private final Limits limits;
    private final Semaphore turns;

    @Inject
    PhotoDecoder(@ConfigProperty(name = "stockpile.tags.photo.max-pixels") long maxPixels,
            @ConfigProperty(name = "stockpile.tags.photo.search-pixels") long searchPixels,
            @ConfigProperty(name = "stockpile.tags.photo.max-aspect-ratio") int maxAspectRatio,
            @ConfigProperty(name = "stockpile.tags.photo.max-time") Duration maxTime,
            @ConfigProperty(name = "stockpile.tags.photo.concurrent-decodes") int concurrentDecodes,
            @ConfigProperty(name = "stockpile.tags.photo.queue-wait") Duration queueWait) {
        this(new Limits(maxPixels, searchPixels, maxAspectRatio, maxTime, concurrentDecodes, queueWait));
    }

    PhotoDecoder(Limits limits) {
        this.limits = limits;
        this.turns = new Semaphore(limits.concurrentDecodes(), true);
    }

    /** The text of every barcode found; none is an empty list. */
    public Decoded decode(byte[] photo) {
        awaitTurn();
        try {
            long deadline = System.nanoTime() + limits.maxTime().toNanos();
            return new Search(read(photo, deadline), deadline).run();
        } finally {
            turns.release();
        }
    }

    private void awaitTurn() {
        boolean admitted;
        try {
            admitted = turns.tryAcquire(limits.queueWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, null, "problem.photo.busy");
        }
    }

    /** The turns, for tests that need every one of them taken. */
    Semaphore turns() {
        return turns;
    }

    /** The photo as searched: gray, and subsampled when larger than the search budget. */
    BufferedImage read(byte[] photo, long deadline) {
        return Photos.read(photo, reader -> read(reader, deadline));
    }

    private BufferedImage read(ImageReader reader, long deadline) throws IOException {
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        Photos.requireAtMost(limits.maxPixels(), width, height);
        long pixels = (long) width * height;
        if ((long) Math.max(width, height) > (long) limits.maxAspectRatio() * Math.min(width, height)) {
            throw ProblemException.rule(null, "problem.photo.shape", String.valueOf(width), String.valueOf(height),
                    String.valueOf(limits.maxAspectRatio()));
        }
        ImageReadParam param = reader.getDefaultReadParam();
        int step = (int) Math.ceil(Math.sqrt((double) pixels / limits.searchPixels()));
        if (step > 1) {
            param.setSourceSubsampling(step, step, 0, 0);
        }
        grayWhereOffered(reader, param);
        AbortAtDeadline abort = new AbortAtDeadline(deadline);
        reader.addIIOReadProgressListener(abort);
        BufferedImage image = reader.read(0, param);
        if (abort.aborted) {
            throw ProblemException.rule(null, "problem.photo.too-slow", limits.maxTime().toSeconds());
        }
        return gray(image);
    }

    /**
     * A JPEG reader gives the luminance it decodes as it is: asked for it, it never builds the colour image, three
     * times the memory of the gray one (36 MB of a 12 Mpx photo, for each photo decoded at once).
     */
    private static void grayWhereOffered(ImageReader reader, ImageReadParam param) throws IOException {
        for (Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0); types.hasNext();) {
            ImageTypeSpecifier type = types.next();
            if (type.getBufferedImageType() == BufferedImage.TYPE_BYTE_GRAY) {
                param.setDestinationType(type);
                return;
            }
        }
    }

    /** Searching works on luminance: one gray copy serves every attempt, and the colour one can go. */
    private static BufferedImage gray(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        BufferedImage gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = gray.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return gray;
    }

    /** One photo's search: what it found so far, and its deadline. */
    private final class Search {

        private final BufferedImage image;
        private final long deadline;
        private final Set<String> found = new LinkedHashSet<>();
        private boolean complete = true;

        Search(BufferedImage image, long deadline) {
            this.image = image;
            this.deadline = deadline;
        }

        Decoded run() {
            LuminanceSource source = new BufferedImageLuminanceSource(image);
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(source));
            attempt(() -> new Result[] { new MultiFormatReader().decode(bitmap, HINTS) });
            attempt(() -> new QRCodeMultiReader().decodeMultiple(bitmap, HINTS));
            attempt(() -> new GenericMultipleBarcodeReader(new MultiFormatReader()).decodeMultiple(bitmap, HINTS));
            dataMatrixInWindows(bitmap);
            Iterator<Supplier<Binarizer>> otherViews = otherViews(source).iterator();
            while (found.isEmpty() && otherViews.hasNext() && inTime()) {
                BinaryBitmap view = new BinaryBitmap(otherViews.next().get());
                attempt(() -> new Result[] { new MultiFormatReader().decode(view, HINTS) });
                attempt(() -> new GenericMultipleBarcodeReader(new MultiFormatReader()).decodeMultiple(view, HINTS));
            }
            return new Decoded(List.copyOf(found), complete);
        }

        /**
         * Other ways of seeing a photo in which nothing was found, cheapest first: a global threshold (for even
         * light), half size (noise and blur average out), double size (modules of one or two pixels), small
         * rotations (a 1D code askew).
         */
        private List<Supplier<Binarizer>> otherViews(LuminanceSource source) {
            List<Supplier<Binarizer>> views = new ArrayList<>();
            views.add(() -> new GlobalHistogramBinarizer(source));
            if (Math.min(image.getWidth(), image.getHeight()) >= 4 * MIN_WINDOW) {
                views.add(() -> hybrid(transformed(AffineTransform.getScaleInstance(0.5, 0.5))));
            }
            if (4L * image.getWidth() * image.getHeight() <= limits.searchPixels()) {
                views.add(() -> hybrid(transformed(AffineTransform.getScaleInstance(2, 2))));
            }
            for (double degrees : ROTATIONS) {
                views.add(() -> hybrid(transformed(AffineTransform.getRotateInstance(Math.toRadians(degrees)))));
            }
            return views;
        }

        /** The photo through a transform, on a white canvas holding all of it. */
        private BufferedImage transformed(AffineTransform transform) {
            var bounds = transform.createTransformedShape(
                    new Rectangle(image.getWidth(), image.getHeight())).getBounds2D();
            int width = Math.max(1, (int) Math.ceil(bounds.getWidth()));
            int height = Math.max(1, (int) Math.ceil(bounds.getHeight()));
            BufferedImage result = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = result.createGraphics();
            try {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, width, height);
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                AffineTransform placed = AffineTransform.getTranslateInstance(-bounds.getX(), -bounds.getY());
                placed.concatenate(transform);
                g.drawImage(image, placed, null);
            } finally {
                g.dispose();
            }
            return result;
        }

        private static Binarizer hybrid(BufferedImage image) {
            return new HybridBinarizer(new BufferedImageLuminanceSource(image));
        }

        /**
         * ZXing's DataMatrix detector starts from the centre of what it is given, so in a photo of many labels it
         * finds none. Overlapping windows of a few sizes, cut from the photo binarized once, put each symbol near
         * the centre of one of them.
         */
        private void dataMatrixInWindows(BinaryBitmap bitmap) {
            BitMatrix black;
            try {
                black = bitmap.getBlackMatrix();
            } catch (ReaderException nothing) {
                return;
            }
            // From half the photo down to the smallest label, each size two thirds of the one before; windows
            // overlap by three quarters, so that every symbol lies near the centre of a window about its size.
            for (int size = Math.min(black.getWidth(), black.getHeight()) / 2; size >= MIN_WINDOW;
                    size = size * 2 / 3) {
                int step = size / 4;
                for (int y = 0; y + size <= black.getHeight(); y += step) {
                    for (int x = 0; x + size <= black.getWidth(); x += step) {
                        if (!inTime()) {
                            return;
                        }
                        BitMatrix window = window(black, x, y, size);
                        attempt(() -> new Result[] { dataMatrix(window) });
                    }
                }
            }
        }

        /**
         * The DataMatrix around the window's centre. The detector's sampling grid can fall between the modules of a
         * slightly turned symbol and misread it; a quarter turn samples it along other edges.
         */
        private static Result dataMatrix(BitMatrix window) throws ReaderException {
            try {
                return dataMatrixAsSampled(window);
            } catch (FormatException | ChecksumException misread) {
                window.rotate90();
                return dataMatrixAsSampled(window);
            }
        }

        private static Result dataMatrixAsSampled(BitMatrix window) throws ReaderException {
            return new Result(new Decoder().decode(new Detector(window).detect().getBits()).getText(), null, null,
                    BarcodeFormat.DATA_MATRIX);
        }

        private static BitMatrix window(BitMatrix black, int left, int top, int size) {
            BitMatrix window = new BitMatrix(size, size);
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    if (black.get(left + x, top + y)) {
                        window.set(x, y);
                    }
                }
            }
            return window;
        }

        private void attempt(Attempt attempt) {
            if (!inTime()) {
                return;
            }
            try {
                for (Result result : attempt.run()) {
                    found.add(result.getText());
                }
            } catch (ReaderException | RuntimeException nothingFound) {
                // ZXing reports "no code here" by throwing, and some malformed symbols by runtime exceptions.
            }
        }

        private boolean inTime() {
            if (complete && System.nanoTime() - deadline >= 0) {
                complete = false;
            }
            return complete;
        }
    }

    @FunctionalInterface
    private interface Attempt {
        Result[] run() throws ReaderException;
    }

    /** Stops an image reader whose reading passes the deadline (a small file may declare a slow image). */
    private static final class AbortAtDeadline implements IIOReadProgressListener {

        private final long deadline;
        private boolean aborted;

        AbortAtDeadline(long deadline) {
            this.deadline = deadline;
        }

        @Override
        public void imageProgress(ImageReader source, float percentageDone) {
            if (System.nanoTime() - deadline >= 0) {
                aborted = true;
                source.abort();
            }
        }

        @Override
        public void sequenceStarted(ImageReader source, int minIndex) {
        }

        @Override
        public void sequenceComplete(ImageReader source) {
        }

        @Override
        public void imageStarted(ImageReader source, int imageIndex) {
        }

        @Override
        public void imageComplete(ImageReader source) {
        }

        @Override
        public void thumbnailStarted(ImageReader source, int imageIndex, int thumbnailIndex) {
        }

        @Override
        public void thumbnailProgress(ImageReader source, float percentageDone) {
        }

        @Override
        public void thumbnailComplete(ImageReader source) {
        }

        @Override
        public void readAborted(ImageReader source) {
        }
    }
}
