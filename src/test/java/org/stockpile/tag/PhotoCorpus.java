package org.stockpile.tag;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.stockpile.system.TagCode;


/**
 * A reproducible corpus of photos of labels: labels rendered by the service, then "photographed" in software with
 * seeded degradations, and pictures with no code at all. The same seed gives the same photos, byte for byte, so a
 * found rate can be compared between two versions of the decoder.
 */
public final class PhotoCorpus {

    /** How a photo was spoilt. Every photo is also placed, scaled and saved as a phone would (JPEG). */
    public enum Degradation {
        CLEAN, ROTATION, PERSPECTIVE, BLUR, NOISE, UNEVEN_LIGHT, JPEG, SMALL_MODULES, MANY_LABELS, NO_CODE
    }

    /** One photo and the codes drawn on it (none for {@link Degradation#NO_CODE}). */
    public record Sample(String name, Degradation degradation, Symbology symbology, byte[] jpeg, Set<String> codes) {
    }

    private static final int WIDTH = 1280;
    private static final int HEIGHT = 960;
    private static final String[] MODELS = { "AKM 7.62x39mm", "PKM 7.62x54mmR", "MAS 49/56", "Type 56",
        "FN FAL 7.62x51mm", "Makarov PM 9x18mm" };

    private final LabelRenderer renderer = new LabelRenderer();
    private final Random random;

    private PhotoCorpus(long seed) {
        this.random = new Random(seed);
    }

    /**
     * {@code perKind} photos for each degradation and symbology (photos of many labels included, each holding
     * six to nine), and three times {@code perKind} photos with no code.
     */
    public static List<Sample> generate(long seed, int perKind) {
        PhotoCorpus corpus = new PhotoCorpus(seed);
        List<Sample> samples = new ArrayList<>();
        for (Degradation degradation : Degradation.values()) {
            for (Symbology symbology : Symbology.values()) {
                for (int i = 0; i < perKind; i++) {
                    String name = degradation + "-" + symbology + "-" + i;
                    samples.add(switch (degradation) {
                    case NO_CODE -> corpus.noCode(name);
                    case MANY_LABELS -> corpus.manyLabels(name, symbology);
                    default -> corpus.single(name, degradation, symbology);
                    });
                }
            }
        }
        return samples;
    }

    private Sample single(String name, Degradation degradation, Symbology symbology) {
        BufferedImage scene = background(WIDTH, HEIGHT);
        String code = randomCode();
        BufferedImage label = label(code, symbology);
        double module = degradation == Degradation.SMALL_MODULES ? between(1.4, 2.0) : between(2.5, 5);
        double scale = module / (symbology.linear() ? 3 : 8);
        double angle = degradation == Degradation.ROTATION ? between(5, 40) * (random.nextBoolean() ? 1 : -1)
                : between(-3, 3);
        double skew = degradation == Degradation.PERSPECTIVE ? between(0.08, 0.18) : 0.01;
        place(scene, label, WIDTH / 2.0 + between(-150, 150), HEIGHT / 2.0 + between(-100, 100), scale, angle, skew);
        float quality = 0.85f;
        switch (degradation) {
        case BLUR -> scene = blur(scene, 1 + random.nextInt(2));
        case NOISE -> noise(scene, between(12, 30));
        case UNEVEN_LIGHT -> unevenLight(scene);
        case JPEG -> quality = (float) between(0.15, 0.35);
        default -> {
        }
        }
        return new Sample(name, degradation, symbology, jpeg(scene, quality), Set.of(code));
    }

    private Sample manyLabels(String name, Symbology symbology) {
        BufferedImage scene = background(1600, 1200);
        int columns = 3;
        int rows = 2 + random.nextInt(2);
        Set<String> codes = new LinkedHashSet<>();
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                String code = randomCode();
                codes.add(code);
                double scale = between(2.5, 3.5) / (symbology.linear() ? 3 : 8);
                place(scene, label(code, symbology), 1600 * (column + 0.5) / columns + between(-20, 20),
                        1200 * (row + 0.5) / rows + between(-20, 20), scale, between(-4, 4), 0.02);
            }
        }
        return new Sample(name, Degradation.MANY_LABELS, symbology, jpeg(scene, 0.85f), codes);
    }

    /** Shelves, boxes, printed text and stripes: what a camera sees around labels, with no code in it. */
    private Sample noCode(String name) {
        BufferedImage scene = background(WIDTH, HEIGHT);
        Graphics2D g = scene.createGraphics();
        try {
            for (int i = 0; i < 12; i++) {
                int x = random.nextInt(WIDTH);
                int y = random.nextInt(HEIGHT);
                switch (random.nextInt(3)) {
                case 0 -> {
                    int bar = 2 + random.nextInt(6);
                    for (int k = 0; k < 10 + random.nextInt(20); k++) {
                        g.setColor(k % 2 == 0 ? Color.BLACK : Color.WHITE);
                        g.fillRect(x + k * bar, y, bar * (1 + random.nextInt(3)), 80);
                    }
                }
                case 1 -> {
                    int cell = 3 + random.nextInt(6);
                    for (int k = 0; k < 400; k++) {
                        g.setColor(random.nextBoolean() ? Color.BLACK : Color.WHITE);
                        g.fillRect(x + (k % 20) * cell, y + (k / 20) * cell, cell, cell);
                    }
                }
                default -> {
                    g.setColor(Color.BLACK);
                    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 20 + random.nextInt(30)));
                    g.drawString("ML-FAMA-" + random.nextInt(100_000) + " " + MODELS[random.nextInt(MODELS.length)],
                            x, y);
                }
                }
            }
        } finally {
            g.dispose();
        }
        noise(scene, between(0, 15));
        return new Sample(name, Degradation.NO_CODE, null, jpeg(scene, 0.85f), Set.of());
    }

    private String randomCode() {
        TagCode.Kind kind = TagCode.Kind.values()[random.nextInt(TagCode.Kind.values().length)];
        return TagCode.of(kind, 1 + random.nextInt(2_000_000_000)).value();
    }

    private BufferedImage label(String code, Symbology symbology) {
        TagService.TagView view = new TagService.TagView(code, TagCode.parse(code).kind(), 1, "ARM-GAO-01",
                MODELS[random.nextInt(MODELS.length)], "ML-FAMA-" + random.nextInt(100_000));
        try {
            return ImageIO.read(new ByteArrayInputStream(renderer.png(view, symbology)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A grey, unevenly textured surface (a shelf, a wall). */
    private BufferedImage background(int width, int height) {
        BufferedImage scene = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = scene.createGraphics();
        try {
            g.setColor(new Color(90 + random.nextInt(80), 90 + random.nextInt(80), 90 + random.nextInt(80)));
            g.fillRect(0, 0, width, height);
            for (int i = 0; i < 8; i++) {
                int shade = 60 + random.nextInt(140);
                g.setColor(new Color(shade, shade, shade));
                g.fillRect(random.nextInt(width), random.nextInt(height), 50 + random.nextInt(400),
                        50 + random.nextInt(300));
            }
        } finally {
            g.dispose();
        }
        return scene;
    }

    /**
     * Draws a label centred at (cx, cy), scaled, turned by {@code degrees} and seen in perspective: each corner
     * moved by up to {@code skew} of the label's size. Each pixel of the scene is mapped back onto the label
     * (a homography) and sampled bilinearly, as a lens would blend neighbouring modules.
     */
    private void place(BufferedImage scene, BufferedImage label, double cx, double cy, double scale, double degrees,
            double skew) {
        double w = label.getWidth() * scale;
        double h = label.getHeight() * scale;
        double cos = Math.cos(Math.toRadians(degrees));
        double sin = Math.sin(Math.toRadians(degrees));
        double[][] corners = { { -w / 2, -h / 2 }, { w / 2, -h / 2 }, { w / 2, h / 2 }, { -w / 2, h / 2 } };
        double[][] destination = new double[4][];
        for (int i = 0; i < 4; i++) {
            double x = corners[i][0] + between(-skew, skew) * w;
            double y = corners[i][1] + between(-skew, skew) * h;
            destination[i] = new double[] { cx + x * cos - y * sin, cy + x * sin + y * cos };
        }
        double[][] source = { { 0, 0 }, { label.getWidth(), 0 }, { label.getWidth(), label.getHeight() },
            { 0, label.getHeight() } };
        double[] back = homography(destination, source);
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = Integer.MIN_VALUE;
        int maxY = Integer.MIN_VALUE;
        for (double[] corner : destination) {
            minX = Math.min(minX, (int) Math.floor(corner[0]));
            minY = Math.min(minY, (int) Math.floor(corner[1]));
            maxX = Math.max(maxX, (int) Math.ceil(corner[0]));
            maxY = Math.max(maxY, (int) Math.ceil(corner[1]));
        }
        for (int y = Math.max(0, minY); y <= Math.min(scene.getHeight() - 1, maxY); y++) {
            for (int x = Math.max(0, minX); x <= Math.min(scene.getWidth() - 1, maxX); x++) {
                double d = back[6] * x + back[7] * y + 1;
                double u = (back[0] * x + back[1] * y + back[2]) / d;
                double v = (back[3] * x + back[4] * y + back[5]) / d;
                if (u >= 0 && v >= 0 && u < label.getWidth() - 1 && v < label.getHeight() - 1) {
                    int grey = (int) Math.round(bilinear(label, u, v));
                    scene.getRaster().setSample(x, y, 0, grey);
                }
            }
        }
    }

    private static double bilinear(BufferedImage image, double u, double v) {
        int x = (int) u;
        int y = (int) v;
        double fx = u - x;
        double fy = v - y;
        var raster = image.getRaster();
        double top = raster.getSample(x, y, 0) * (1 - fx) + raster.getSample(x + 1, y, 0) * fx;
        double bottom = raster.getSample(x, y + 1, 0) * (1 - fx) + raster.getSample(x + 1, y + 1, 0) * fx;
        return top * (1 - fy) + bottom * fy;
    }

    /** The eight coefficients of the projective map taking each point of {@code from} to the same one of {@code to}. */
    private static double[] homography(double[][] from, double[][] to) {
        double[][] system = new double[8][9];
        for (int i = 0; i < 4; i++) {
            double x = from[i][0];
            double y = from[i][1];
            double u = to[i][0];
            double v = to[i][1];
            system[2 * i] = new double[] { x, y, 1, 0, 0, 0, -u * x, -u * y, u };
            system[2 * i + 1] = new double[] { 0, 0, 0, x, y, 1, -v * x, -v * y, v };
        }
        for (int column = 0; column < 8; column++) {
            int pivot = column;
            for (int row = column + 1; row < 8; row++) {
                if (Math.abs(system[row][column]) > Math.abs(system[pivot][column])) {
                    pivot = row;
                }
            }
            double[] swap = system[column];
            system[column] = system[pivot];
            system[pivot] = swap;
            for (int row = 0; row < 8; row++) {
                if (row != column) {
                    double factor = system[row][column] / system[column][column];
                    for (int k = column; k < 9; k++) {
                        system[row][k] -= factor * system[column][k];
                    }
                }
            }
        }
        double[] coefficients = new double[8];
        for (int i = 0; i < 8; i++) {
            coefficients[i] = system[i][8] / system[i][i];
        }
        return coefficients;
    }

    private static BufferedImage blur(BufferedImage scene, int radius) {
        int size = 2 * radius + 1;
        float[] weights = new float[size * size];
        java.util.Arrays.fill(weights, 1f / weights.length);
        return new ConvolveOp(new Kernel(size, size, weights), ConvolveOp.EDGE_NO_OP, null).filter(scene, null);
    }

    private void noise(BufferedImage scene, double sigma) {
        var raster = scene.getRaster();
        for (int y = 0; y < scene.getHeight(); y++) {
            for (int x = 0; x < scene.getWidth(); x++) {
                int value = (int) Math.round(raster.getSample(x, y, 0) + random.nextGaussian() * sigma);
                raster.setSample(x, y, 0, Math.max(0, Math.min(255, value)));
            }
        }
    }

    /** Light falling from one side, and a bright spot (a window, a torch). */
    private void unevenLight(BufferedImage scene) {
        var raster = scene.getRaster();
        double dark = between(0.3, 0.55);
        boolean horizontal = random.nextBoolean();
        double spotX = random.nextInt(scene.getWidth());
        double spotY = random.nextInt(scene.getHeight());
        double spotRadius = between(150, 350);
        for (int y = 0; y < scene.getHeight(); y++) {
            for (int x = 0; x < scene.getWidth(); x++) {
                double along = horizontal ? (double) x / scene.getWidth() : (double) y / scene.getHeight();
                double light = dark + (1 - dark) * along;
                double spot = Math.exp(-(Math.pow(x - spotX, 2) + Math.pow(y - spotY, 2)) / (2 * spotRadius
                        * spotRadius));
                int value = (int) Math.round(raster.getSample(x, y, 0) * light + 90 * spot);
                raster.setSample(x, y, 0, Math.min(255, value));
            }
        }
    }

    private static byte[] jpeg(BufferedImage scene, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(scene, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private double between(double low, double high) {
        return low + random.nextDouble() * (high - low);
    }
}
