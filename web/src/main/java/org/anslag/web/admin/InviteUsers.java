package org.anslag.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.anslag.organisation.Invitation;
import org.anslag.organisation.Invitations;
import org.anslag.organisation.Organisation;
import org.anslag.shared.Role;
import org.anslag.shared.RuleViolation;
import org.anslag.web.organisation.ChosenOrganisations;
import org.anslag.web.organisation.OrganisationChoice;
import org.anslag.web.shared.CurrentUser;
import org.anslag.web.shared.Feedback;

/** An administrator invites a person by e-mail and follows the invitations not yet taken up. */
@Named
@ViewScoped
public class InviteUsers implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "/admin/invitations.xhtml?faces-redirect=true";

    @EJB
    Invitations invitations;
    @Inject
    java.time.Clock clock;
    @Inject
    CurrentUser currentUser;

    private String fullName;
    private String email;
    private Role role = Role.APPLICANT;
    private final OrganisationChoice employer = new OrganisationChoice();
    private final ChosenOrganisations affiliations = new ChosenOrganisations();
    private transient List<Invitation> open;

    public String invite() {
        try {
            Invitation invitation = invitations.invite(currentUser.actor(),
                    new Invitations.Invitee(fullName, email, role, employer.id(), affiliations.ids()));
            Feedback.info("invitation.sent", invitation.getFullName(), invitation.getEmail());
            return PAGE;
        } catch (RuleViolation violation) {
            Feedback.show("invite", violation);
            return null;
        }
    }

    public String sendAgain(Long id) {
        Invitation invitation = invitations.sendAgain(currentUser.actor(), id);
        Feedback.info("invitation.sentAgain", invitation.getEmail());
        return PAGE;
    }

    public String revoke(Long id) {
        try {
            Invitation invitation = invitations.revoke(currentUser.actor(), id);
            Feedback.info("invitation.revokedDone", invitation.getEmail());
            return PAGE;
        } catch (RuleViolation violation) {
            Feedback.error(violation.messageKey());
            return null;
        }
    }

    public List<Invitation> getOpen() {
        if (open == null) {
            open = invitations.open(currentUser.actor());
        }
        return open;
    }

    public boolean isExpired(Invitation invitation) {
        return !invitation.isOpen(clock.instant());
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    /** The employer chosen in the picker, kept as its id. */
    public Organisation getOrganisation() {
        return employer.get();
    }

    public void setOrganisation(Organisation organisation) {
        employer.set(organisation);
    }

    public ChosenOrganisations getAffiliations() {
        return affiliations;
    }
}
