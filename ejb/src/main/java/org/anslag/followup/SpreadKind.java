package org.anslag.followup;

/** How another municipality took up a project's results. */
public enum SpreadKind {
    ADOPTED, INTERESTED
}
