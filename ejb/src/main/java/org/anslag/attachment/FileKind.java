package org.anslag.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of file an application may carry, told apart by their bytes: a PDF starts with
 * "%PDF-"; Word and Excel files are ZIP packages holding word/document.xml or xl/workbook.xml.
 * The file name is never trusted.
 */
public enum FileKind {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final String contentType;
    private final String extension;

    FileKind(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    public static Optional<FileKind> of(byte[] bytes) {
        if (startsWith(bytes, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(bytes, ZIP_MAGIC)) {
            return officePackage(bytes);
        }
        return Optional.empty();
    }

    private static Optional<FileKind> officePackage(byte[] bytes) {
        boolean contentTypes = false;
        FileKind kind = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                switch (entry.getName()) {
                    case "[Content_Types].xml" -> contentTypes = true;
                    case "word/document.xml" -> kind = DOCX;
                    case "xl/workbook.xml" -> kind = XLSX;
                    default -> { }
                }
            }
        } catch (IOException | IllegalArgumentException notAZip) {
            return Optional.empty();
        }
        return contentTypes ? Optional.ofNullable(kind) : Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
