package org.stockpile.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * What a browser's fake camera films: a YUV4MPEG2 video (the format Chromium's
 * {@code --use-file-for-fake-video-capture} plays) that holds each picture in turn, on a white page.
 */
public final class Camera {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 480;
    private static final int FRAMES_PER_SECOND = 10;
    /** Each picture stays in view for a second, long enough for several readings. */
    private static final int FRAMES_PER_PICTURE = FRAMES_PER_SECOND;
    private static final int NEUTRAL_CHROMA = 128;

    private Camera() {
    }

    /** Writes to {@code video} a film of {@code pictures}, each scaled to fit the frame, one after another. */
    public static void film(List<BufferedImage> pictures, Path video) throws IOException {
        try (OutputStream out = Files.newOutputStream(video)) {
            out.write(("YUV4MPEG2 W" + WIDTH + " H" + HEIGHT + " F" + FRAMES_PER_SECOND + ":1 Ip A1:1 C420jpeg\n")
                    .getBytes(StandardCharsets.US_ASCII));
            for (BufferedImage picture : pictures) {
                byte[] frame = frame(picture);
                for (int i = 0; i < FRAMES_PER_PICTURE; i++) {
                    out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
                    out.write(frame);
                }
            }
        }
    }

    /** One frame in 4:2:0: the picture's luma, and neutral chroma (a grey picture is all the labels need). */
    private static byte[] frame(BufferedImage picture) {
        BufferedImage canvas = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = canvas.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, WIDTH, HEIGHT);
        double scale = Math.min(0.9 * WIDTH / picture.getWidth(), 0.9 * HEIGHT / picture.getHeight());
        int width = (int) (picture.getWidth() * scale);
        int height = (int) (picture.getHeight() * scale);
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        graphics.drawImage(picture, (WIDTH - width) / 2, (HEIGHT - height) / 2, width, height, null);
        graphics.dispose();
        int luma = WIDTH * HEIGHT;
        byte[] frame = new byte[luma + luma / 2];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int rgb = canvas.getRGB(x, y);
                int red = (rgb >> 16) & 0xff;
                int green = (rgb >> 8) & 0xff;
                int blue = rgb & 0xff;
                frame[y * WIDTH + x] = (byte) Math.round(0.299 * red + 0.587 * green + 0.114 * blue);
            }
        }
        Arrays.fill(frame, luma, frame.length, (byte) NEUTRAL_CHROMA);
        return frame;
    }
}
