package org.anslag.web.organisation;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.anslag.organisation.Passwords;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.ClientAddress;
import org.anslag.web.shared.CurrentUser;
import org.anslag.web.shared.Feedback;

/** A signed-in user changes their own password, giving the current one again. */
@Named
@ViewScoped
public class ChangePassword implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Passwords passwords;
    @Inject
    CurrentUser currentUser;

    private String currentPassword;
    private final ChosenCredentials chosen = new ChosenCredentials();

    public String change() {
        try {
            passwords.change(currentUser.actor(), currentPassword == null ? new char[0] : currentPassword.toCharArray(),
                    chosen.confirmedPassword(), ClientAddress.of(FacesContext.getCurrentInstance()));
            Feedback.info("password.changed");
            return "/account/password.xhtml?faces-redirect=true";
        } catch (RuleViolation violation) {
            Feedback.show("change-password", violation);
            return null;
        }
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public ChosenCredentials getChosen() {
        return chosen;
    }
}
