package org.anslag.learning;

import java.util.List;

/** What the coordinator answers: whether the result is still in use, the municipalities that adopted it, and its effects. */
public record AfterReportAnswer(StillInUse stillInUse, List<Long> adoptedIn, String effects) {

    /** The longest account of effects the questionnaire takes. */
    public static final int EFFECTS_MAX = 2000;

    public AfterReportAnswer {
        adoptedIn = adoptedIn == null ? List.of() : List.copyOf(adoptedIn);
    }
}
