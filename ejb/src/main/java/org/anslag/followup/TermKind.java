package org.anslag.followup;

/** The two lists of a programme's vocabulary: what held projects back, and what made them work. */
public enum TermKind {
    HINDER, SUCCESS_FACTOR
}
