package org.anslag.form;

/** How a question is answered. */
public enum QuestionKind {
    TEXT, NUMBER, SINGLE_CHOICE, MULTIPLE_CHOICE, DATE, FILE;

    public boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }
}
