package org.anslag.attachment;

import static org.anslag.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** Files are told apart by their bytes, whatever they are called. */
class FileKindTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aPdfIsKnownByItsHeader() {
        assertThat(FileKind.of(PDF)).contains(FileKind.PDF);
    }

    @Test
    void wordAndExcelFilesAreKnownByThePartsOfTheirPackage() throws IOException {
        assertThat(FileKind.of(docx())).contains(FileKind.DOCX);
        assertThat(FileKind.of(xlsx())).contains(FileKind.XLSX);
    }

    @Test
    void aPlainZipATextFileAndAProgramAreNotAccepted() throws IOException {
        assertThat(FileKind.of(zipWith("notes.txt"))).isEmpty();
        assertThat(FileKind.of("Hej, det här är text".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(FileKind.of(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0})).isEmpty();
        assertThat(FileKind.of(new byte[0])).isEmpty();
    }

    @Test
    void aZipDressedUpAsWordWithoutAPackageManifestIsNotAccepted() throws IOException {
        assertThat(FileKind.of(zipWith("word/document.xml"))).isEmpty();
    }

    @Test
    void theStoredNameLosesAnyPathAndGetsTheExtensionOfWhatTheFileIs() {
        assertThat(Attachments.cleanName("C:\\Users\\anna\\budget.xlsx", FileKind.XLSX)).isEqualTo("budget.xlsx");
        assertThat(Attachments.cleanName("../../etc/plan", FileKind.PDF)).isEqualTo("plan.pdf");
        assertThat(Attachments.cleanName("Projektplan.PDF", FileKind.PDF)).isEqualTo("Projektplan.PDF");
        assertThat(Attachments.cleanName("virus.exe", FileKind.DOCX)).isEqualTo("virus.exe.docx");
    }

    @Test
    void emptyAndOversizedFilesAreRefusedNamingTheLimit() {
        assertRefused(() -> Attachments.check("a.pdf", new byte[0]), "file", "attachment.empty");
        var refusal = assertRefused(() -> Attachments.check("a.pdf", new byte[(int) Attachments.maxBytes() + 1]),
                "file", "attachment.tooLarge");
        assertThat(refusal.arguments()).containsExactly(Attachments.DEFAULT_MAX_MB);
    }

    @Test
    void theChecksumIsTheSha256OfTheBytes() {
        assertThat(AttachmentStore.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    static byte[] docx() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Projektplan");
            document.write(out);
            return out.toByteArray();
        }
    }

    static byte[] xlsx() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Budget").createRow(0).createCell(0).setCellValue(1250000);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] zipWith(String entryName) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entryName));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
