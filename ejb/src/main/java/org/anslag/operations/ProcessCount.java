package org.anslag.operations;

import java.io.Serializable;

/** How many instances of one process are running, suspended, and stopped at an incident. */
public record ProcessCount(String processKey, long running, long suspended, long withIncidents) implements Serializable {
}
