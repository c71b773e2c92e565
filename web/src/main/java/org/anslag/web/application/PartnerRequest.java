package org.anslag.web.application;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.anslag.application.ApplicationPartner;
import org.anslag.application.Applications;
import org.anslag.application.GrantApplication;
import org.anslag.application.Partnerships;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.CurrentUser;
import org.anslag.web.shared.Feedback;

/** A partner municipality's user reads the request and confirms or declines for their organisation. */
@Named
@ViewScoped
public class PartnerRequest implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Partnerships partnerships;
    @EJB
    Applications applications;
    @Inject
    CurrentUser currentUser;

    private String number;
    private String comment;
    private transient GrantApplication request;

    public void load() {
        request();
    }

    public String confirm() {
        return answer(true, "partner.confirmed");
    }

    public String decline() {
        return answer(false, "partner.declined");
    }

    private String answer(boolean confirmed, String doneKey) {
        try {
            GrantApplication answered = partnerships.answer(currentUser.actor(), request().getId(), confirmed, comment);
            Feedback.info(doneKey, answered.getNumber());
            return "/application/partner-requests.xhtml?faces-redirect=true";
        } catch (RuleViolation violation) {
            Feedback.show("answer", violation);
            return null;
        }
    }

    public GrantApplication request() {
        if (request == null) {
            request = partnerships.request(currentUser.actor(), applications.viewByNumber(currentUser.actor(), number).getId());
        }
        return request;
    }

    public String getIntro() {
        GrantApplication application = request();
        return Feedback.text("partner.request.intro", application.getCoordinator().getName(),
                application.getNumber(), application.getCall().getTitle());
    }

    public ApplicationPartner getOwnPart() {
        Long own = currentUser.actor().organisationId();
        return request().getPartners().stream().filter(p -> p.getOrganisation().getId().equals(own))
                .findFirst().orElseThrow();
    }

    public List<ApplicationPartner> getPartners() {
        return request().getPartners();
    }

    public boolean isPending() {
        return getOwnPart().getConfirmation() == org.anslag.application.PartnerConfirmation.PENDING;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
