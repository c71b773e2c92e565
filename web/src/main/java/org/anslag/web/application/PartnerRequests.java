package org.anslag.web.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.anslag.application.GrantApplication;
import org.anslag.application.Partnerships;
import org.anslag.web.shared.CurrentUser;

/** The drafts in which the user's municipality is asked to take part and has not answered. */
@Named
@RequestScoped
public class PartnerRequests {

    @EJB
    Partnerships partnerships;
    @Inject
    CurrentUser currentUser;

    private List<GrantApplication> waiting;

    public List<GrantApplication> getWaiting() {
        if (waiting == null) {
            waiting = partnerships.waitingForAnswer(currentUser.actor());
        }
        return waiting;
    }

    /** When this organisation's answer is due. */
    public java.time.Instant respondBy(GrantApplication application) {
        Long own = currentUser.actor().organisationId();
        return application.getPartners().stream().filter(p -> p.getOrganisation().getId().equals(own))
                .findFirst().map(org.anslag.application.ApplicationPartner::getRespondBy).orElse(null);
    }
}
