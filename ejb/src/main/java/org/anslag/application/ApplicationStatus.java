package org.anslag.application;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an application stands; the process model moves it from one to the next. ERASED is a draft
 * never submitted that retention emptied: it keeps its number and call, was never an application.
 */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, WITHDRAWN, INELIGIBLE, UNDER_REVIEW, REJECTED, GRANTED, CLOSED, ERASED;

    /** Drafts and erased drafts: never sent to the agency, so no count of applications includes them. */
    public static final Set<ApplicationStatus> NEVER_SUBMITTED = EnumSet.of(DRAFT, ERASED);

    /** Until a funding decision is taken the coordinator may withdraw. */
    public boolean isWithdrawable() {
        return this == SUBMITTED || this == UNDER_REVIEW;
    }
}
