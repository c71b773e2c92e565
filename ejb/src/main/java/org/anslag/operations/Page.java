package org.anslag.operations;

import java.util.List;

/** One page of a list and the number of rows in all. */
public record Page<T>(List<T> rows, long total) {
}
