package uk.safeguarding.reviews.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Uploaded files are what their names say (issue 18), read from their content. */
class FileContentTest {

    @Test
    void aFileIsAcceptedWhenItsContentIsWhatItsNameSays() throws IOException {
        assertEquals(Optional.empty(), FileContent.mismatch("file", "letter.PDF", bytes("%PDF-1.7\n...")));
        assertEquals(Optional.empty(), FileContent.mismatch("file", "notes.docx", zipWith("word/document.xml")));
        assertEquals(Optional.empty(), FileContent.mismatch("file", "chronology.xlsx", zipWith("xl/workbook.xml")));
        assertEquals(Optional.empty(), FileContent.mismatch("file", "scan.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1}));
        assertEquals(Optional.empty(), FileContent.mismatch("file", "minutes.txt", bytes("Minutes of the meeting")));
        assertEquals(Optional.empty(), FileContent.mismatch("file", "archive.7z", bytes("anything")),
                "a kind with no rule here is left to the partnership's list");
    }

    @Test
    void aRenamedOrWrongFileIsRefusedWithWhy() throws IOException {
        InvalidFieldException program = FileContent.mismatch("file", "letter.pdf",
                bytes("MZ\u0090\u0000 a Windows program")).orElseThrow();
        assertEquals("letter.pdf is not a PDF file inside, whatever its name says: upload the file itself,"
                + " saved as PDF.", program.getMessage());
        assertEquals("file", program.field());
        assertTrue(FileContent.mismatch("file", "notes.docx", zipWith("xl/workbook.xml")).isPresent(),
                "a spreadsheet named .docx");
        assertTrue(FileContent.mismatch("file", "notes.docx", bytes("PK but no package")).isPresent());
        assertTrue(FileContent.mismatch("file", "minutes.txt", new byte[] {'a', 0, 'b'}).isPresent(), "binary named .txt");
        assertTrue(FileContent.mismatch("file", "photo.png", bytes("%PDF-1.4")).isPresent());
    }

    @Test
    void aNameKeepsOnlyItsOwnBaseName() {
        assertEquals("audit.pdf", FileContent.safeBaseName("C:\\Users\\panel\\audit.pdf"));
        assertEquals("passwd", FileContent.safeBaseName("../../etc/passwd"));
        assertEquals("a b.pdf", FileContent.safeBaseName("a\r\n b\".pdf"));
        assertEquals("", FileContent.safeBaseName(null));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] zipWith(String entry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(bytes("<Types/>"));
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(bytes("<x/>"));
        }
        return out.toByteArray();
    }
}
