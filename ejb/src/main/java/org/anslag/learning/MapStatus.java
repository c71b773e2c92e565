package org.anslag.learning;

/**
 * How a municipality shows on the coverage map, strongest first: coordinates a funded project,
 * partner in funded projects only, applied without funding, adopted a result, or none of these.
 */
public enum MapStatus {
    COORDINATOR, PARTNER, APPLIED, ADOPTED, NONE;

    /** The CSS class of the municipality's path ("coverage-coordinator"). */
    public String cssClass() {
        return "coverage-" + name().toLowerCase();
    }
}
