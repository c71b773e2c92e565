package org.anslag.learning;

import java.util.List;

/** One page of the catalogue and where it lies among all the projects that match. */
public record CataloguePage(List<CatalogueEntry> entries, long total, int page, int size) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasNext() {
        return page < pages();
    }

    public boolean hasPrevious() {
        return page > 1;
    }
}
