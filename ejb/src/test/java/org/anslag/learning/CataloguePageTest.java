package org.anslag.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CataloguePageTest {

    @Test
    void elevenProjectsMakeTwoPagesOfTenAndTheSecondLinksBackOnly() {
        CataloguePage first = new CataloguePage(List.of(), 11, 1, 10);
        CataloguePage second = new CataloguePage(List.of(), 11, 2, 10);

        assertEquals(2, first.pages());
        assertTrue(first.hasNext());
        assertFalse(first.hasPrevious());
        assertFalse(second.hasNext());
        assertTrue(second.hasPrevious());
    }

    @Test
    void noMatchIsOneEmptyPageWithoutLinks() {
        CataloguePage none = new CataloguePage(List.of(), 0, 1, 10);

        assertEquals(1, none.pages());
        assertFalse(none.hasNext());
        assertFalse(none.hasPrevious());
    }

    @Test
    void blankFiltersAreLeftOutAndThePageStartsAtOne() {
        CatalogueQuery query = new CatalogueQuery("  ", null, "", null, 0);

        assertNull(query.text());
        assertNull(query.county());
        assertEquals(1, query.page());
        assertEquals("Luleå", new CatalogueQuery(" Luleå ", null, null, null, 3).text());
    }
}
