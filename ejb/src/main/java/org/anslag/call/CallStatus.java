package org.anslag.call;

/**
 * Where a call is in its life: a draft only managers see; published (public, not yet open);
 * open for applications; closed. The funding-call process moves it from published on.
 */
public enum CallStatus {
    DRAFT, PUBLISHED, OPEN, CLOSED;

    public boolean isPublic() {
        return this != DRAFT;
    }
}
