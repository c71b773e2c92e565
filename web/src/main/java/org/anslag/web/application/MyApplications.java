package org.anslag.web.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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
import org.anslag.web.shared.Formats;
import org.anslag.web.shared.Feedback;
import org.anslag.workflow.GrantApplicationProcess;

/** Applications where the user's organisation coordinates or takes part, with what each waits for next. */
@Named
@RequestScoped
public class MyApplications {

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

    private List<GrantApplication> mine;
    private Map<String, List<String>> steps;
    private Map<Long, Instant> agreementExpiries;

    public List<GrantApplication> getApplications() {
        if (mine == null) {
            mine = applications.ofMyOrganisation(currentUser.actor());
        }
        return mine;
    }

    /** The steps the application's process waits at (task ids, named by the page); empty for a draft. */
    public List<String> nextSteps(GrantApplication application) {
        if (steps == null) {
            steps = process.currentStepsOf(getApplications().stream().map(GrantApplication::getNumber).toList());
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
            agreementExpiries = awards.pendingAgreementExpiries(getApplications().stream().map(GrantApplication::getId).toList());
        }
        return agreementExpiries;
    }
}
