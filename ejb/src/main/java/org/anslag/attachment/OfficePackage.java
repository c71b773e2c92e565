package org.anslag.attachment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Tells a Word or Excel file by the parts its package lists, without unpacking any of them: the
 * ZIP's central directory names every part with its packed and unpacked size. A package that
 * would unpack into far more than an office file does (a "zip bomb") is refused before anyone
 * opens it, here or on a reviewer's computer.
 */
final class OfficePackage {

    static final int MAX_PARTS = 5_000;
    static final long MAX_UNPACKED_BYTES = 500L * 1024 * 1024;
    /** Office XML packs about ten to one; a part that packs a hundred to one is padding. */
    static final long MAX_RATIO = 100;
    /** Small parts may pack better (e.g. a few bytes of repeated XML); only larger ones are judged by their ratio. */
    private static final long RATIO_APPLIES_ABOVE = 1024 * 1024;

    /** The package would unpack into more than the limits allow. */
    static final class Suspicious extends Exception {
        private static final long serialVersionUID = 1L;

        Suspicious(String reason) {
            super(reason);
        }
    }

    private OfficePackage() {
    }

    static Optional<FileKind> kindOf(Path file) throws Suspicious {
        boolean contentTypes = false;
        FileKind kind = null;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_PARTS) {
                throw new Suspicious(zip.size() + " parts");
            }
            long unpacked = 0;
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                unpacked += check(entry);
                if (unpacked > MAX_UNPACKED_BYTES) {
                    throw new Suspicious("more than " + MAX_UNPACKED_BYTES + " bytes unpacked");
                }
                switch (entry.getName()) {
                    case "[Content_Types].xml" -> contentTypes = true;
                    case "word/document.xml" -> kind = FileKind.DOCX;
                    case "xl/workbook.xml" -> kind = FileKind.XLSX;
                    default -> { }
                }
            }
        } catch (IOException | IllegalArgumentException notAZip) {
            return Optional.empty();
        }
        return contentTypes ? Optional.ofNullable(kind) : Optional.empty();
    }

    /** The part's unpacked size, if it is believable. */
    private static long check(ZipEntry entry) throws Suspicious {
        long size = entry.getSize();
        long packed = entry.getCompressedSize();
        if (size < 0 || packed < 0) {
            throw new Suspicious(entry.getName() + " does not say its size");
        }
        if (size > RATIO_APPLIES_ABOVE && size > packed * MAX_RATIO) {
            throw new Suspicious(entry.getName() + " packs " + size + " bytes into " + packed);
        }
        return size;
    }
}
