package org.anslag.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Files on disk under ANSLAG_DATA_DIR (default ~/.anslag)/attachments, named by their SHA-256.
 * Writing the same bytes twice is harmless, so a retried upload never needs cleaning up. Uploads
 * arrive in attachments/incoming and are moved into place once accepted.
 */
@ApplicationScoped
public class AttachmentStore {

    private final Path root = dataDirectory().resolve("attachments");

    static Path dataDirectory() {
        String configured = System.getenv("ANSLAG_DATA_DIR");
        return configured == null || configured.isBlank()
                ? Path.of(System.getProperty("user.home"), ".anslag") : Path.of(configured);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * Streams an upload into the store's incoming folder (on the same disk, so keeping it is a
     * rename), refusing it once it passes {@code maxBytes}.
     */
    public Upload receive(InputStream in, long maxBytes) {
        return Upload.receive(root.resolve("incoming"), in, maxBytes);
    }

    /** Keeps the upload under its checksum; bytes already stored stay as they are. */
    public String put(Upload upload) {
        String checksum = upload.sha256();
        Path target = pathOf(checksum);
        if (Files.exists(target)) {
            return checksum;
        }
        try {
            Files.createDirectories(target.getParent());
            Files.move(upload.file(), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return checksum;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store attachment " + checksum, e);
        }
    }

    public InputStream open(String checksum) throws IOException {
        return Files.newInputStream(pathOf(checksum));
    }

    /**
     * Removes the stored bytes (retention, or an erasure of the person who uploaded them); the caller
     * makes sure no other attachment row still refers to the same checksum. Gone already is fine.
     */
    public void delete(String checksum) {
        try {
            Files.deleteIfExists(pathOf(checksum));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete attachment " + checksum, e);
        }
    }

    /** Whether bytes with this checksum are kept. */
    public boolean holds(String checksum) {
        return Files.exists(pathOf(checksum));
    }

    /** The folder the files live in, for a check that nothing of an erased person is left there. */
    public Path root() {
        return root;
    }

    private Path pathOf(String checksum) {
        if (!checksum.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + checksum);
        }
        return root.resolve(checksum.substring(0, 2)).resolve(checksum);
    }
}
