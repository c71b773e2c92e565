package org.anslag.attachment;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Looks at an upload before it is stored. The default finds nothing; an installation with a
 * scanner (e.g. ClamAV) provides an {@code @Alternative} with a higher priority.
 */
public interface VirusScan {

    /** The name of what was found, or empty when the file is clean. */
    Optional<String> scan(String fileName, Path file);
}
