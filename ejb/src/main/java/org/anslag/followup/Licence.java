package org.anslag.followup;

/**
 * On which terms another municipality may reuse a result: two Creative Commons choices that need
 * no words, or an open source licence or other terms that the project names.
 */
public enum Licence {
    CC_BY_4_0(false),
    CC0(false),
    OPEN_SOURCE(true),
    OTHER_TERMS(true);

    private final boolean needsTerms;

    Licence(boolean needsTerms) {
        this.needsTerms = needsTerms;
    }

    /** True when the licence's name (open source) or the terms themselves must be written out. */
    public boolean needsTerms() {
        return needsTerms;
    }
}
