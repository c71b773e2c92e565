package org.anslag.integration;

import java.util.List;

/** One page of a collection, in the order of the records' ids, with the size of the whole. */
public record ApiPage<T>(List<T> items, int limit, int offset, long total) {

    public boolean hasMore() {
        return offset + items.size() < total;
    }
}
