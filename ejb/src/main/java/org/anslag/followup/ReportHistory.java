package org.anslag.followup;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.anslag.application.GrantApplication;

/**
 * The assessed reports of a programme that ended before it was brought into Anslag (the demo's
 * history): each report is checked as a submitted one is, against the call's indicators and the
 * programme's vocabulary, and approved by its assessor.
 */
public final class ReportHistory {

    /** Who wrote and who assessed a report, and when. */
    public record Assessed(String submittedBy, Instant submittedAt, String assessedBy, int score, String assessment,
                           Instant assessedAt) {
    }

    private ReportHistory() {
    }

    public static ProgressReport progressReport(GrantApplication application, int periodNumber, ReportContent content,
                                                List<Indicator> indicators, Map<Long, VocabularyTerm> terms, Assessed how) {
        ProgressReport report = new ProgressReport(application, periodNumber, 1, content, indicators, terms,
                how.submittedBy(), how.submittedAt());
        report.assess(how.score(), how.assessment(), ReportOutcome.APPROVED, how.assessedBy(), how.assessedAt());
        return report;
    }

    public static FinalReport finalReport(GrantApplication application, FinalReportContent content, Assessed how) {
        FinalReport report = new FinalReport(application, 1, content, how.submittedBy(), how.submittedAt());
        report.assess(how.score(), how.assessment(), ReportOutcome.APPROVED, how.assessedBy(), how.assessedAt());
        return report;
    }
}
