package uk.safeguarding.reviews.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class LogoTest {

    private static final float FIVE_CM = 5 * 72 / 2.54f;

    @Test
    void aWideLogoIsScaledToFiveCentimetresKeepingItsShape() {
        Logo logo = logoOf(Samples.logoPng(), "Northmoor").orElseThrow();

        assertEquals(FIVE_CM, logo.widthPoints(), 0.01);
        assertEquals(FIVE_CM / 3, logo.heightPoints(), 0.01, "240 by 80 pixels stays three times as wide as tall");
        assertFalse(logo.jpeg());
        assertEquals("Logo of Northmoor", logo.description());
    }

    @Test
    void aSmallLogoIsNotBlownUpAndATallOneIsCappedInHeight() throws IOException {
        Logo small = logoOf(image("png", 40, 20), "").orElseThrow();
        assertEquals(30, small.widthPoints(), 0.01, "40 pixels at 96 per inch");
        assertEquals("Partnership logo", small.description());

        Logo tall = logoOf(image("png", 100, 1000), "Northmoor").orElseThrow();
        assertEquals(3 * 72 / 2.54f, tall.heightPoints(), 0.01);
    }

    @Test
    void jpegIsKeptAndOtherFormatsBecomePng() throws IOException {
        assertTrue(logoOf(image("jpeg", 50, 50), "N").orElseThrow().jpeg());
        Logo fromGif = logoOf(image("gif", 50, 50), "N").orElseThrow();
        assertFalse(fromGif.jpeg());
        assertEquals("png", ImageIO.getImageReaders(ImageIO.createImageInputStream(
                new java.io.ByteArrayInputStream(fromGif.bytes()))).next().getFormatName().toLowerCase());
    }

    @Test
    void bytesThatAreNoImageGiveNoLogo() {
        assertTrue(logoOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1}, "N").isEmpty());
        assertTrue(Logo.of(DocumentModel.builder("No logo").build()).isEmpty());
    }

    private static java.util.Optional<Logo> logoOf(byte[] bytes, String organisation) {
        return Logo.of(DocumentModel.builder("Report").organisation(organisation).logo(bytes).build());
    }

    private static byte[] image(String format, int width, int height) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, bytes);
        return bytes.toByteArray();
    }
}
