package uk.safeguarding.reviews.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * A cover logo made ready for both writers: PNG or JPEG bytes, the size to show it at, and the words a
 * screen reader says for it. Any other image format ImageIO reads is converted to PNG; bytes that are
 * not an image give no logo rather than no document.
 */
record Logo(byte[] bytes, boolean jpeg, float widthPoints, float heightPoints, String description) {

    /** Pixels are taken at the screen's 96 per inch when the image says nothing better. */
    private static final float POINTS_PER_PIXEL = 72f / 96f;

    static Optional<Logo> of(DocumentModel model) {
        return model.logo().flatMap(bytes -> read(bytes, describe(model.organisation())));
    }

    private static String describe(String organisation) {
        return organisation.isBlank() ? "Partnership logo" : "Logo of " + organisation;
    }

    private static Optional<Logo> read(byte[] bytes, String description) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input);
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    return Optional.empty();
                }
                boolean jpeg = format.equals("jpeg") || format.equals("jpg");
                byte[] usable = jpeg || format.equals("png") ? bytes : asPng(reader.read(0));
                float scale = Math.min(1f, Math.min(HouseStyle.LOGO_MAX_WIDTH / (width * POINTS_PER_PIXEL),
                        HouseStyle.LOGO_MAX_HEIGHT / (height * POINTS_PER_PIXEL)));
                return Optional.of(new Logo(usable, jpeg, width * POINTS_PER_PIXEL * scale,
                        height * POINTS_PER_PIXEL * scale, description));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            // A broken logo must not stop a statutory report being produced; the cover simply has none.
            return Optional.empty();
        }
    }

    private static byte[] asPng(BufferedImage image) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", png)) {
            throw new IOException("No PNG writer");
        }
        return png.toByteArray();
    }
}
