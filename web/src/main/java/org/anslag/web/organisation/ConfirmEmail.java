package org.anslag.web.organisation;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.anslag.organisation.Registrations;
import org.anslag.shared.RuleViolation;

/** The registrant opens the e-mailed link; the registration then waits for an administrator. */
@Named
@RequestScoped
public class ConfirmEmail {

    @EJB
    Registrations registrations;

    private String token;
    private String confirmedName;
    private String problem;

    public void confirm() {
        try {
            confirmedName = registrations.confirmEmail(token).getFullName();
        } catch (RuleViolation violation) {
            problem = violation.messageKey();
        }
    }

    public String getConfirmedName() {
        return confirmedName;
    }

    public String getProblem() {
        return problem;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
