package org.anslag.change;

/** What a change request asks for. */
public enum ChangeKind {
    BUDGET_REALLOCATION, EXTENSION, PARTNER
}
