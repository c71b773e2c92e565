package org.anslag.finance;

/**
 * One column of a topic sheet: its heading's label key and what its cells hold, which decides
 * their number format, their width and whether the totals row sums them.
 */
record Column(String key, Kind kind) {

    /** What a column's cells hold. */
    enum Kind {
        TEXT(28), WHOLE(12), DECIMAL(12), MONEY(16), PERCENT(10), DATE(12);

        /** Width in characters: fixed, since measuring every cell of a streamed sheet is not possible. */
        final int width;

        Kind(int width) {
            this.width = width;
        }
    }

    static Column text(String key) {
        return new Column(key, Kind.TEXT);
    }

    static Column whole(String key) {
        return new Column(key, Kind.WHOLE);
    }

    static Column decimal(String key) {
        return new Column(key, Kind.DECIMAL);
    }

    /** Kronor, summed in the totals row. */
    static Column money(String key) {
        return new Column(key, Kind.MONEY);
    }

    static Column percent(String key) {
        return new Column(key, Kind.PERCENT);
    }

    static Column date(String key) {
        return new Column(key, Kind.DATE);
    }

    boolean totalled() {
        return kind == Kind.MONEY;
    }
}
