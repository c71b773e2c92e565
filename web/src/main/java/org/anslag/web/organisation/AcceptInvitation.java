package org.anslag.web.organisation;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import org.anslag.organisation.Invitation;
import org.anslag.organisation.Invitations;
import org.anslag.organisation.UserAccount;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.Feedback;

/** The invitee follows the e-mailed link and chooses a user name and password. */
@Named
@ViewScoped
public class AcceptInvitation implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Invitations invitations;
    @Inject
    java.time.Clock clock;

    private String token;
    private Invitation invitation;
    private String username;
    private String password;
    private String passwordAgain;

    public void load() {
        invitation = invitations.byToken(token).orElse(null);
    }

    public String accept() {
        try {
            if (password == null || !password.equals(passwordAgain)) {
                throw new RuleViolation("passwordAgain", "registration.passwordsDiffer");
            }
            UserAccount account = invitations.accept(new Invitations.Acceptance(token, username, password.toCharArray()));
            Feedback.info("invitation.accepted", account.getFullName(), account.getUsername());
            return "/login.xhtml?faces-redirect=true";
        } catch (RuleViolation violation) {
            Feedback.show("accept", violation);
            load();
            return null;
        }
    }

    /** Why the link no longer works, as a message key; null while it does. */
    public String getProblem() {
        if (invitation == null) {
            return "invitation.unknown";
        }
        if (invitation.getAcceptedAt() != null) {
            return "invitation.alreadyAccepted";
        }
        if (invitation.getRevokedAt() != null) {
            return "invitation.revoked";
        }
        return invitation.isOpen(clock.instant()) ? null : "invitation.expired";
    }

    public Invitation getInvitation() {
        return invitation;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordAgain() {
        return passwordAgain;
    }

    public void setPasswordAgain(String passwordAgain) {
        this.passwordAgain = passwordAgain;
    }
}
