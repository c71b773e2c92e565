package org.anslag.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.anslag.shared.RuleViolation;

/**
 * A file on its way in, streamed to a temporary file of the attachment store and hashed on the
 * way, so an upload never sits whole in memory however many arrive at once. Closing it removes
 * the temporary file unless the store has taken it.
 */
public final class Upload implements AutoCloseable {

    private static final int BUFFER = 64 * 1024;

    private final Path file;
    private final long size;
    private final String sha256;

    private Upload(Path file, long size, String sha256) {
        this.file = file;
        this.size = size;
        this.sha256 = sha256;
    }

    /** Reads the stream into a new file in the directory, refusing it as soon as it passes the limit. */
    static Upload receive(Path directory, InputStream in, long maxBytes) {
        Path file = null;
        try {
            Files.createDirectories(directory);
            file = Files.createTempFile(directory, "upload", ".part");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
                byte[] buffer = new byte[BUFFER];
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    size += read;
                    if (size > maxBytes) {
                        throw new RuleViolation("file", "attachment.tooLarge", maxBytes / (1024 * 1024));
                    }
                    out.write(buffer, 0, read);
                }
            }
            Upload upload = new Upload(file, size, HexFormat.of().formatHex(digest.digest()));
            file = null;
            return upload;
        } catch (IOException e) {
            throw new RuleViolation("file", "attachment.unreadable");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        } finally {
            deleteQuietly(file);
        }
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    Path file() {
        return file;
    }

    @Override
    public void close() {
        deleteQuietly(file);
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove the temporary upload " + file, e);
            }
        }
    }
}
