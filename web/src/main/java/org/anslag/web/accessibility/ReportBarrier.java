package org.anslag.web.accessibility;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Set;
import java.util.UUID;
import org.anslag.accessibility.BarrierReports;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.ClientAddress;
import org.anslag.web.shared.Feedback;
import org.anslag.web.shared.LanguageSelection;

/**
 * Anyone, signed in or not, reports a barrier from the accessibility statement
 * (public/accessibility.xhtml?from=/the/page.xhtml, the page whose footer link they followed).
 */
@Named
@ViewScoped
public class ReportBarrier implements Serializable {

    private static final long serialVersionUID = 1L;
    /** A page of the application as the footer link names it: its view id. */
    private static final String VIEW_ID = "/[A-Za-z0-9/_.-]{1,290}\\.xhtml";
    private static final Set<String> FIELDS = Set.of("barrier", "page", "replyEmail");

    @EJB
    BarrierReports reports;
    @Inject
    LanguageSelection languageSelection;

    /** Carried by the form, so the second click of a double click names the same submission. */
    private String submissionKey = UUID.randomUUID().toString();
    private String from;
    private String description;
    private String page;
    private String replyEmail;

    /** Fills in the page the visitor came from, when the address names one. */
    public void load() {
        if (page == null && from != null && from.matches(VIEW_ID)) {
            page = from;
        }
    }

    public String submit() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            reports.receive(new BarrierReports.Report(submissionKey, description, page, replyEmail,
                    languageSelection.getLanguage(), context.getExternalContext().getRemoteUser()), ClientAddress.of(context));
        } catch (RuleViolation violation) {
            Feedback.show("feedback", violation);
            if (FIELDS.contains(violation.field())) {
                // said at the top as well, where the focus goes after the page reloads
                Feedback.error("accessibility.feedback.notSent",
                        Feedback.aboutField(violation.field(), violation.messageKey(), violation.arguments()));
            }
            return null;
        } catch (EJBException failed) {
            // the other click of a double click stored the same submission first: it is received
            if (!reports.isReceived(submissionKey)) {
                throw failed;
            }
        }
        Feedback.info("accessibility.feedback.thanks");
        return "/public/accessibility.xhtml?faces-redirect=true";
    }

    public String getSubmissionKey() {
        return submissionKey;
    }

    public void setSubmissionKey(String submissionKey) {
        this.submissionKey = submissionKey;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public String getReplyEmail() {
        return replyEmail;
    }

    public void setReplyEmail(String replyEmail) {
        this.replyEmail = replyEmail;
    }
}
