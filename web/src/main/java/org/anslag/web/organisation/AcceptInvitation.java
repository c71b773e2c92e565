package org.anslag.web.organisation;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import org.anslag.organisation.Invitation;
import org.anslag.organisation.Invitations;
import org.anslag.organisation.UserAccount;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.ClientAddress;
import org.anslag.web.shared.Feedback;

/** The invitee follows the e-mailed link and chooses a user name and password. */
@Named
@ViewScoped
public class AcceptInvitation implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Invitations invitations;
    @Inject
    java.time.Clock clock;

    private String token;
    private Invitation invitation;
    private final ChosenCredentials credentials = new ChosenCredentials();

    public void load() {
        invitation = invitations.byToken(token).orElse(null);
    }

    public String accept() {
        try {
            UserAccount account = invitations.accept(new Invitations.Acceptance(token, credentials.getUsername(),
                    credentials.confirmedPassword(), ClientAddress.of(FacesContext.getCurrentInstance())));
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

    public ChosenCredentials getCredentials() {
        return credentials;
    }
}
