package org.anslag.web.change;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.anslag.application.GrantApplication;
import org.anslag.change.ChangeRequest;
import org.anslag.change.ChangeRequests;
import org.anslag.organisation.Organisations;
import org.anslag.web.shared.CurrentUser;
import org.anslag.web.shared.Feedback;
import org.anslag.web.shared.Formats;

/** The change requests of an application, for its page: who asked what, who decided, when and why. */
@Named
@RequestScoped
public class ChangeHistory {

    @EJB
    ChangeRequests changes;
    @EJB
    Organisations organisations;
    @Inject
    CurrentUser currentUser;

    private List<ChangeRequest> requests;

    public List<ChangeRequest> of(GrantApplication application) {
        if (requests == null) {
            requests = changes.ofApplication(currentUser.actor(), application.getId());
        }
        return requests;
    }

    /** The coordinator's users may ask for a change while the grant runs. */
    public boolean mayRequest(GrantApplication application) {
        return currentUser.actor().belongsTo(application.getCoordinator().getId())
                && currentUser.actor().has(org.anslag.shared.Role.APPLICANT) && changes.isRunning(application);
    }

    /** What was asked, in a line: the new end, the grant moved, or the partner in and out. */
    public String what(ChangeRequest request) {
        return switch (request.getKind()) {
            case EXTENSION -> Feedback.text("change.what.EXTENSION", request.getCurrentEnd(), request.getNewEnd());
            case BUDGET_REALLOCATION -> Feedback.text("change.what.BUDGET_REALLOCATION",
                    Formats.formatMoney(request.getAmountAtStake()));
            case PARTNER -> request.getReplacedOrganisationId() == null
                    ? Feedback.text("change.what.PARTNER", name(request.getPartnerOrganisationId()))
                    : Feedback.text("change.what.PARTNER.replace", name(request.getPartnerOrganisationId()),
                    name(request.getReplacedOrganisationId()));
        };
    }

    private String name(Long organisationId) {
        return organisations.get(organisationId).getName();
    }
}
