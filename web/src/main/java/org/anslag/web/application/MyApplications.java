package org.anslag.web.application;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.anslag.application.ApplicationPartner;
import org.anslag.application.ApplicationStatus;
import org.anslag.application.Applications;
import org.anslag.application.GrantApplication;
import org.anslag.application.PartnerConfirmation;
import org.anslag.award.Awards;
import org.anslag.web.shared.CurrentUser;
import org.anslag.web.shared.DatabasePages;
import org.anslag.web.shared.Formats;
import org.anslag.web.shared.Feedback;
import org.anslag.workflow.GrantApplicationProcess;
import org.primefaces.model.LazyDataModel;

/**
 * Applications where the user's organisation coordinates or takes part, newest first, with what
 * each waits for next; the database pages them, and what each row needs is read for the page only.
 */
@Named
@ViewScoped
public class MyApplications implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Applications applications;
    @EJB
    GrantApplicationProcess process;
    @EJB
    Awards awards;
    @Inject
    CurrentUser currentUser;
    @Inject
    Formats format;
    @Inject
    Clock clock;
    @Inject
    SubmissionDeadline deadline;

    private final Rows rows = new Rows();
    /** The shown page's applications, and what their rows need, read once per page. */
    private transient List<GrantApplication> mine;
    private transient Map<String, List<String>> steps;
    private transient Map<Long, Instant> agreementExpiries;

    public LazyDataModel<GrantApplication> getApplications() {
        return rows;
    }

    private List<GrantApplication> shown() {
        return mine == null ? List.of() : mine;
    }

    private final class Rows extends DatabasePages<GrantApplication> {

        private static final long serialVersionUID = 1L;

        @Override
        protected Slice<GrantApplication> slice(int first, int size) {
            Applications.Page page = applications.pageOfMyOrganisation(currentUser.actor(), first, size);
            return new Slice<>(page.applications(), page.total());
        }

        @Override
        protected void shown(List<GrantApplication> page) {
            mine = page;
            steps = null;
            agreementExpiries = null;
        }

        @Override
        protected Object keyOf(GrantApplication application) {
            return application.getId();
        }
    }

    /** The steps the application's process waits at (task ids, named by the page); empty for a draft. */
    public List<String> nextSteps(GrantApplication application) {
        if (steps == null) {
            steps = process.currentStepsOf(shown().stream().map(GrantApplication::getNumber).toList());
        }
        return steps.getOrDefault(application.getNumber(), List.of());
    }

    /**
     * The next date the user's organisation must act by, as "what – when": a partner's answer, the
     * submission deadline of a draft, the agreement's expiry or the next progress report. Empty when
     * nothing is due from them.
     */
    public String nextDeadline(GrantApplication application) {
        if (!coordinates(application)) {
            return application.getPartners().stream()
                    .filter(partner -> currentUser.actor().belongsTo(partner.getOrganisation().getId()))
                    .filter(partner -> partner.getConfirmation() == PartnerConfirmation.PENDING)
                    .map(ApplicationPartner::getRespondBy).findFirst()
                    .map(by -> Feedback.text("deadline.partnerAnswer", format.dateTime(by))).orElse("");
        }
        if (application.getStatus() == ApplicationStatus.DRAFT) {
            return Feedback.text(deadline.passed(application.getCall()) ? "deadline.submissionPassed" : "deadline.submission", format.dateTime(application.getCall().getClosesAt()));
        }
        Instant agreementExpiry = agreementExpiries().get(application.getId());
        if (agreementExpiry != null) {
            return Feedback.text("deadline.agreement", format.dateTime(agreementExpiry));
        }
        if (application.getStatus() == ApplicationStatus.GRANTED) {
            LocalDate today = LocalDate.now(clock);
            return application.getCall().getReportingPeriodEnds().stream().filter(end -> !end.isBefore(today)).findFirst()
                    .map(end -> Feedback.text("deadline.report", format.date(end))).orElse("");
        }
        return "";
    }

    public boolean coordinates(GrantApplication application) {
        return currentUser.actor().belongsTo(application.getCoordinator().getId());
    }

    private Map<Long, Instant> agreementExpiries() {
        if (agreementExpiries == null) {
            agreementExpiries = awards.pendingAgreementExpiries(shown().stream().map(GrantApplication::getId).toList());
        }
        return agreementExpiries;
    }
}
