package org.anslag.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** What the partner-confirmation model calls when a request's deadline passes unanswered. */
@Named("partnerProcessEvents")
@ApplicationScoped
public class PartnerProcessEvents {

    @EJB
    Partnerships partnerships;

    public void requestLapsed(Long applicationId, Long partnerOrganisationId) {
        partnerships.lapse(applicationId, partnerOrganisationId);
    }
}
