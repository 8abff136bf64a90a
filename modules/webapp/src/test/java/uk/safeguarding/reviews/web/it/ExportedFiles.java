package uk.safeguarding.reviews.web.it;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** What tests read out of the Office files the product writes (DOCX, XLSX: zips of XML). */
final class ExportedFiles {

    private ExportedFiles() {
    }

    /** The text of one entry of the zip, its XML tags taken out. */
    static String zipText(byte[] file, String entryName) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(entryName)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8).replaceAll("<[^>]+>", " ");
                }
            }
        }
        throw new AssertionError("no " + entryName);
    }
}
