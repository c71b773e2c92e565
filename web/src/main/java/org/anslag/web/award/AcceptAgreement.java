package org.anslag.web.award;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.anslag.application.GrantApplication;
import org.anslag.award.Awards;
import org.anslag.award.FundingDecision;
import org.anslag.award.GrantAgreement;
import org.anslag.shared.AccessDenied;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.ApplicationStep;
import org.anslag.web.shared.Feedback;

/** The coordinating municipality accepts the grant agreement before it expires. */
@Named
@ViewScoped
public class AcceptAgreement extends ApplicationStep {

    private static final long serialVersionUID = 1L;

    @EJB
    Awards awards;

    private boolean termsRead;

    public void load() {
        GrantApplication application = getApplication();
        if (!currentUser.actor().belongsTo(application.getCoordinator().getId())) {
            throw new AccessDenied(currentUser.getUsername() + " does not coordinate " + number);
        }
        if (getAgreement() == null) {
            // no grant, so no terms to accept: an address typed or kept from elsewhere
            throw new org.anslag.shared.NotFound("no agreement for " + number);
        }
    }

    public FundingDecision getDecision() {
        return awards.decisionOf(number).orElse(null);
    }

    public GrantAgreement getAgreement() {
        return awards.agreementOf(number).orElse(null);
    }

    public String accept() {
        if (!termsRead) {
            Feedback.show("agreement", new RuleViolation("termsRead", "agreement.confirmTerms"));
            return null;
        }
        try {
            awards.acceptAgreement(currentUser.actor(), number);
            Feedback.info("agreement.acceptedInfo", number);
            return "/application/application.xhtml?faces-redirect=true&number=" + number;
        } catch (RuleViolation violation) {
            Feedback.show("agreement", violation);
            return null;
        }
    }

    public boolean isTermsRead() {
        return termsRead;
    }

    public void setTermsRead(boolean termsRead) {
        this.termsRead = termsRead;
    }
}
