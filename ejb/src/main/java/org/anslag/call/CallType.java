package org.anslag.call;

/** The kinds of funding call; the prefix starts every application number of the call. */
public enum CallType {
    IDEA_HUB("IH"), TEST_BED("TB"), INNOVATION_LAB("IL"), OTHER("OT");

    private final String numberPrefix;

    CallType(String numberPrefix) {
        this.numberPrefix = numberPrefix;
    }

    public String numberPrefix() {
        return numberPrefix;
    }
}
