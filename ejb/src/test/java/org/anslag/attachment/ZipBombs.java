package org.anslag.attachment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A "Word file" whose document part unpacks into megabytes of zeros: a few hundred kB on disk. */
final class ZipBombs {

    private ZipBombs() {
    }

    static Path docx(Path file, int unpackedMegabytes) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < unpackedMegabytes; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return file;
    }
}
