package uk.safeguarding.reviews.kernel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What an uploaded file is, read from its content and not only its name (issue 18): a ".pdf" must
 * begin as a PDF does, a ".docx" must be a Word package, and so on for the kinds people upload. A
 * renamed program or a file of another kind is refused with a reason. Kinds it has no rule for are
 * not checked here (the partnership's list of accepted kinds still applies).
 */
public final class FileContent {

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};

    private record Kind(String name, Predicate<byte[]> matches) {
    }

    private static final Map<String, Kind> BY_EXTENSION = Map.ofEntries(
            Map.entry("pdf", new Kind("PDF", c -> indexOf(c, ascii("%PDF-"), 1024) >= 0)),
            Map.entry("docx", new Kind("Word (.docx)", c -> hasZipEntryStartingWith(c, "word/"))),
            Map.entry("xlsx", new Kind("Excel (.xlsx)", c -> hasZipEntryStartingWith(c, "xl/"))),
            Map.entry("pptx", new Kind("PowerPoint (.pptx)", c -> hasZipEntryStartingWith(c, "ppt/"))),
            Map.entry("odt", new Kind("OpenDocument", c -> hasZipEntryStartingWith(c, "mimetype"))),
            Map.entry("ods", new Kind("OpenDocument", c -> hasZipEntryStartingWith(c, "mimetype"))),
            Map.entry("doc", new Kind("Word (.doc)", c -> startsWith(c, OLE2))),
            Map.entry("xls", new Kind("Excel (.xls)", c -> startsWith(c, OLE2))),
            Map.entry("msg", new Kind("Outlook message", c -> startsWith(c, OLE2))),
            Map.entry("png", new Kind("PNG image", c -> startsWith(c, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}))),
            Map.entry("jpg", new Kind("JPEG image", c -> startsWith(c, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}))),
            Map.entry("jpeg", new Kind("JPEG image", c -> startsWith(c, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}))),
            Map.entry("gif", new Kind("GIF image", c -> startsWith(c, ascii("GIF8")))),
            Map.entry("tif", new Kind("TIFF image", FileContent::isTiff)),
            Map.entry("tiff", new Kind("TIFF image", FileContent::isTiff)),
            Map.entry("rtf", new Kind("Rich Text", c -> startsWith(c, ascii("{\\rtf")))),
            Map.entry("txt", new Kind("plain text", FileContent::isText)),
            Map.entry("csv", new Kind("CSV", FileContent::isText)),
            Map.entry("eml", new Kind("e-mail message", FileContent::isText)));

    private FileContent() {
    }

    /**
     * Why the content is not the kind its name says, refused beside {@code field}; empty when it is, or
     * when the kind has no rule here.
     */
    public static Optional<InvalidFieldException> mismatch(String field, String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName;
        int dot = name.lastIndexOf('.');
        Kind kind = dot < 0 ? null : BY_EXTENSION.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (kind == null || content == null || kind.matches().test(content)) {
            return Optional.empty();
        }
        return Optional.of(InvalidFieldException.refused(field, "kernel.file-content.not-what-its-name-says", name,
                kind.name()));
    }

    /** Only the file's own name, without any path a browser sent, and nothing that could break a header. */
    public static String safeBaseName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static boolean hasZipEntryStartingWith(byte[] content, String prefix) {
        if (!startsWith(content, new byte[] {'P', 'K', 0x03, 0x04})) {
            return false;
        }
        // Only the entries' names are read, never their (possibly enormous) contents.
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            for (int seen = 0; seen < 1000 && (entry = zip.getNextEntry()) != null; seen++) {
                if (entry.getName().startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isTiff(byte[] c) {
        return startsWith(c, new byte[] {'I', 'I', 0x2A, 0x00}) || startsWith(c, new byte[] {'M', 'M', 0x00, 0x2A});
    }

    /** Text has no NUL byte in its first few kilobytes; a program or an image almost always has. */
    private static boolean isText(byte[] c) {
        for (int i = 0; i < Math.min(c.length, 8192); i++) {
            if (c[i] == 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static int indexOf(byte[] content, byte[] wanted, int within) {
        for (int i = 0; i + wanted.length <= Math.min(content.length, within + wanted.length); i++) {
            if (Arrays.equals(content, i, i + wanted.length, wanted, 0, wanted.length)) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
