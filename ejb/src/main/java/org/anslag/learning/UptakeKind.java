package org.anslag.learning;

/** What a municipality tells about another project's results: it wants to use them, or it has. */
public enum UptakeKind {
    INTEREST, ADOPTION
}
