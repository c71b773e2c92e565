package org.anslag.web.organisation;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.anslag.organisation.Passwords;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.ClientAddress;
import org.anslag.web.shared.Feedback;

/** Asks for a reset link; the answer is the same whether an account has the address or not. */
@Named
@RequestScoped
public class ForgotPassword {

    @EJB
    Passwords passwords;

    private String email;

    public String send() {
        try {
            passwords.requestReset(email, ClientAddress.of(FacesContext.getCurrentInstance()));
            Feedback.info("forgot.sent", email.strip());
            return "/login.xhtml?faces-redirect=true";
        } catch (RuleViolation violation) {
            Feedback.show("forgot", violation);
            return null;
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
