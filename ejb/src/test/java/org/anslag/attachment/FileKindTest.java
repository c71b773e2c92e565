package org.anslag.attachment;

import static org.anslag.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files are told apart by their bytes, whatever they are called, and streamed to disk on the way in. */
class FileKindTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path incoming;

    @Test
    void aPdfIsKnownByItsHeader() throws Exception {
        assertThat(kindOf(PDF)).contains(FileKind.PDF);
    }

    @Test
    void wordAndExcelFilesAreKnownByThePartsOfTheirPackage() throws Exception {
        assertThat(kindOf(docx())).contains(FileKind.DOCX);
        assertThat(kindOf(xlsx())).contains(FileKind.XLSX);
    }

    @Test
    void aPlainZipATextFileAndAProgramAreNotAccepted() throws Exception {
        assertThat(kindOf(zipWith("notes.txt"))).isEmpty();
        assertThat(kindOf("Hej, det här är text".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(kindOf(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0})).isEmpty();
        assertThat(kindOf(new byte[0])).isEmpty();
        assertThat(kindOf("PK\u0003\u0004 but no zip".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
    }

    @Test
    void aZipDressedUpAsWordWithoutAPackageManifestIsNotAccepted() throws Exception {
        assertThat(kindOf(zipWith("word/document.xml"))).isEmpty();
    }

    @Test
    void aWordFileThatUnpacksIntoGigabytesIsRefusedWithoutUnpackingIt() throws Exception {
        Path bomb = ZipBombs.docx(incoming.resolve("bomb.docx"), 200);

        assertThatThrownBy(() -> FileKind.of(bomb)).isInstanceOf(OfficePackage.Suspicious.class)
                .hasMessageContaining("word/document.xml");
    }

    @Test
    void aPackageOfTooManyPartsIsRefused() throws Exception {
        Path many = incoming.resolve("many.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(many))) {
            for (String name : new String[] {"[Content_Types].xml", "xl/workbook.xml"}) {
                zip.putNextEntry(new ZipEntry(name));
                zip.closeEntry();
            }
            for (int i = 0; i < OfficePackage.MAX_PARTS; i++) {
                zip.putNextEntry(new ZipEntry("xl/media/image" + i + ".png"));
                zip.closeEntry();
            }
        }

        assertThatThrownBy(() -> FileKind.of(many)).isInstanceOf(OfficePackage.Suspicious.class).hasMessageContaining("parts");
    }

    @Test
    void anUploadIsStreamedToDiskWithItsChecksumAndSize() throws IOException {
        byte[] bytes = docx();

        Path kept;
        try (Upload upload = Upload.receive(incoming, new ByteArrayInputStream(bytes), bytes.length)) {
            assertThat(upload.size()).isEqualTo(bytes.length);
            assertThat(upload.sha256()).isEqualTo(AttachmentStore.sha256(bytes));
            assertThat(Files.readAllBytes(upload.file())).isEqualTo(bytes);
            kept = upload.file();
        }
        assertThat(kept).as("the temporary file goes when the upload is closed").doesNotExist();
    }

    @Test
    void anUploadPastTheLimitIsRefusedBeforeItIsReadToTheEndAndLeavesNothingBehind() throws IOException {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }
        };

        var refusal = assertRefused(() -> Upload.receive(incoming, endless, 1024 * 1024), "file", "attachment.tooLarge");

        assertThat(refusal.arguments()).containsExactly(1L);
        try (var left = Files.list(incoming)) {
            assertThat(left).isEmpty();
        }
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
        assertRefused(() -> Attachments.check("a.pdf", 0), "file", "attachment.empty");
        var refusal = assertRefused(() -> Attachments.check("a.pdf", Attachments.maxBytes() + 1),
                "file", "attachment.tooLarge");
        assertThat(refusal.arguments()).containsExactly(Attachments.DEFAULT_MAX_MB);
    }

    @Test
    void theChecksumIsTheSha256OfTheBytes() {
        assertThat(AttachmentStore.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    private Optional<FileKind> kindOf(byte[] bytes) throws IOException, OfficePackage.Suspicious {
        Path file = Files.createTempFile(incoming, "upload", ".part");
        Files.write(file, bytes);
        return FileKind.of(file);
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
