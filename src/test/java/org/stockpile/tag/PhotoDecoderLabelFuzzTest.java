package org.stockpile.tag;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;

import javax.imageio.ImageIO;

import org.stockpile.system.TagCode;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** A real label beside arbitrary pixels is still found: the decoder's guards never cost it a real code. */
class PhotoDecoderLabelFuzzTest {

    private static final String CODE = TagCode.of(TagCode.Kind.WEAPON, 4_242).value();

    private final PhotoDecoder photos = DecoderComparison.decoder(Duration.ofSeconds(2));
    private final BufferedImage label;

    PhotoDecoderLabelFuzzTest() throws IOException {
        TagService.TagView view = new TagService.TagView(CODE, TagCode.Kind.WEAPON, 4_242, "ARM-GAO-01", "AKM",
                "ML-FAMA-4242");
        label = ImageIO.read(new ByteArrayInputStream(new LabelRenderer().png(view, Symbology.QR)));
    }

    /** The label on the left half, the fuzzer's bytes as the pixels of the right half. */
    @FuzzTest(maxDuration = "20s")
    void aRealLabelIsFoundWhateverLiesBesideIt(byte[] pixels) throws IOException {
        int width = label.getWidth();
        int height = label.getHeight();
        BufferedImage photo = new BufferedImage(2 * width, height, BufferedImage.TYPE_BYTE_GRAY);
        photo.getGraphics().drawImage(label, 0, 0, null);
        for (int i = 0; i < pixels.length && i < width * height; i++) {
            photo.getRaster().setSample(width + i % width, i / width, 0, pixels[i] & 0xFF);
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(photo, "png", png);
        PhotoDecoder.Decoded decoded = photos.decode(png.toByteArray());
        assertTrue(decoded.codes().contains(CODE) || !decoded.complete(), () -> "found " + decoded.codes());
    }
}
