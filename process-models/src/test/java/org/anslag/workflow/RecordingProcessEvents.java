package org.anslag.workflow;

import java.util.ArrayList;
import java.util.List;

/** Stands in for the application's {@code applicationProcessEvents} bean and records each call. */
public class RecordingProcessEvents {

    private final List<Long> expiredAgreements = new ArrayList<>();
    private final List<Long> overdueProgressReports = new ArrayList<>();

    public void agreementExpired(Long applicationId) {
        expiredAgreements.add(applicationId);
    }

    public void progressReportOverdue(Long applicationId) {
        overdueProgressReports.add(applicationId);
    }

    List<Long> expiredAgreements() {
        return expiredAgreements;
    }

    List<Long> overdueProgressReports() {
        return overdueProgressReports;
    }
}
