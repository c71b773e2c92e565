package org.anslag.web.change;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.anslag.application.Applications;
import org.anslag.application.GrantApplication;
import org.anslag.change.ChangeRequest;
import org.anslag.change.ChangeRequests;
import org.anslag.change.ChangeStatus;
import org.anslag.change.Reallocation;
import org.anslag.organisation.Organisations;
import org.anslag.shared.Role;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.CurrentUser;
import org.anslag.web.shared.Feedback;
import org.anslag.web.shared.PerRequest;

/** A programme manager approves or refuses a change request; above the limit a second one approves too. */
@Named
@ViewScoped
public class DecideChange implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ChangeRequests changes;
    @EJB
    Applications applications;
    @EJB
    Organisations organisations;
    @Inject
    CurrentUser currentUser;

    private Long requestId;
    private String reason;
    private final PerRequest<ChangeRequest> request = new PerRequest<>();

    public void load() {
        currentUser.actor().require(Role.PROGRAMME_MANAGER);
        getRequest();
    }

    public ChangeRequest getRequest() {
        return request.get(() -> changes.view(currentUser.actor(), requestId));
    }

    public GrantApplication getApplication() {
        return applications.view(currentUser.actor(), getRequest().getApplicationId());
    }

    public Reallocation getReallocation() {
        return changes.reallocationOf(getRequest());
    }

    public boolean isOpen() {
        return getRequest().getStatus() == ChangeStatus.AWAITING_DECISION
                || getRequest().getStatus() == ChangeStatus.AWAITING_SECOND_APPROVAL;
    }

    /** The manager who approved first sees the request but cannot approve it a second time. */
    public boolean isOwnFirstApproval() {
        return getRequest().getStatus() == ChangeStatus.AWAITING_SECOND_APPROVAL
                && currentUser.getUsername().equals(getRequest().getDecidedBy());
    }

    public boolean isAboveLimit() {
        return getApplication().getCall().needsSecondApproval(getRequest().getAmountAtStake());
    }

    public String approve() {
        return decide(true);
    }

    public String refuse() {
        return decide(false);
    }

    private String decide(boolean approved) {
        try {
            ChangeRequest decided = changes.decide(currentUser.actor(), requestId, approved, reason);
            switch (decided.getStatus()) {
                case APPROVED -> Feedback.info("change.decidedApproved", decided.getId());
                case AWAITING_SECOND_APPROVAL -> Feedback.info("change.decidedAwaitsSecond", decided.getId());
                default -> Feedback.info("change.decidedRefused", decided.getId());
            }
            return "/workflow/tasks.xhtml?faces-redirect=true";
        } catch (RuleViolation violation) {
            Feedback.show("decision", violation);
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

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
