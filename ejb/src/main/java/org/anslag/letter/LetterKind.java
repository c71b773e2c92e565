package org.anslag.letter;

/** What a decision letter tells the applicant. */
public enum LetterKind {
    INELIGIBLE, GRANTED, REJECTED
}
