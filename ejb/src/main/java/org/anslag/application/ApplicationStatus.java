package org.anslag.application;

/** Where an application stands; the process model moves it from one to the next. */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, WITHDRAWN, INELIGIBLE, UNDER_REVIEW, REJECTED, GRANTED, CLOSED;

    /** Until a funding decision is taken the coordinator may withdraw. */
    public boolean isWithdrawable() {
        return this == SUBMITTED || this == UNDER_REVIEW;
    }
}
