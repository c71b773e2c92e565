package org.anslag.web.change;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.anslag.application.GrantApplication;
import org.anslag.change.ChangeKind;
import org.anslag.change.ChangeRequest;
import org.anslag.change.ChangeRequests;
import org.anslag.change.ChangeStatus;
import org.anslag.organisation.Organisations;
import org.anslag.shared.AccessDenied;
import org.anslag.shared.Role;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.CurrentUser;
import org.anslag.web.shared.Feedback;
import org.anslag.web.shared.PerRequest;

/** A user of the municipality a coordinator wants to bring in confirms joining the running grant, or declines. */
@Named
@ViewScoped
public class ConfirmChangePartner implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ChangeRequests changes;
    @EJB
    Organisations organisations;
    @Inject
    CurrentUser currentUser;

    private Long requestId;
    private String comment;
    private final PerRequest<ChangeRequest> request = new PerRequest<>();

    public void load() {
        var actor = currentUser.actor();
        actor.require(Role.APPLICANT);
        ChangeRequest asked = getRequest();
        if (asked.getKind() != ChangeKind.PARTNER || !actor.belongsTo(asked.getPartnerOrganisationId())) {
            throw new AccessDenied(actor.username() + " is not asked by change request " + requestId);
        }
    }

    public ChangeRequest getRequest() {
        return request.get(() -> changes.view(currentUser.actor(), requestId));
    }

    /** Only what the partner needs to answer: who asks, for which project, and why. */
    public GrantApplication getApplication() {
        return changes.applicationOf(getRequest());
    }

    public boolean isOpen() {
        return getRequest().getStatus() == ChangeStatus.AWAITING_PARTNER;
    }

    public String confirm() {
        return answer(true, "change.partnerConfirmed");
    }

    public String decline() {
        return answer(false, "change.partnerDeclined");
    }

    private String answer(boolean confirmed, String done) {
        try {
            changes.answerAsPartner(currentUser.actor(), requestId, confirmed, comment);
            Feedback.info(done);
            return "/workflow/tasks.xhtml?faces-redirect=true";
        } catch (RuleViolation violation) {
            Feedback.show("answer", violation);
            return null;
        }
    }

    public String organisationName(Long id) {
        return id == null ? "" : organisations.get(id).getName();
    }

    public Long getRequestId() {
        return requestId;
    }

    public void setRequestId(Long requestId) {
        this.requestId = requestId;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
