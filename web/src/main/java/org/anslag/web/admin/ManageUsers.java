package org.anslag.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.anslag.audit.AuditEntry;
import org.anslag.organisation.Accounts;
import org.anslag.organisation.Organisation;
import org.anslag.organisation.UserAccount;
import org.anslag.shared.Role;
import org.anslag.shared.RuleViolation;
import org.anslag.web.organisation.ChosenOrganisations;
import org.anslag.web.organisation.OrganisationChoice;
import org.anslag.web.shared.CurrentUser;
import org.anslag.web.shared.Feedback;
import org.anslag.web.shared.PerRequest;

/**
 * ADMIN sees who has which role for which organisation, and changes one account at a time: roles,
 * employer, affiliations, active or not; the account's history shows every change and who made it.
 */
@Named
@ViewScoped
public class ManageUsers implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Accounts accounts;
    @Inject
    CurrentUser currentUser;

    private final PerRequest<List<UserAccount>> users = new PerRequest<>();
    private final PerRequest<UserAccount> chosen = new PerRequest<>();
    private String username;
    // arrays, not lists: JSF converts the chosen values to an array's element type, not a list's
    private Role[] roles = {};
    private final OrganisationChoice employer = new OrganisationChoice();
    private final ChosenOrganisations affiliations = new ChosenOrganisations();

    /** Fills the form from the chosen account (users.xhtml?user=…). */
    public void load() {
        if (username == null || username.isBlank()) {
            return;
        }
        UserAccount account = getChosen();
        roles = account.getRoles().toArray(Role[]::new);
        employer.setId(account.getOrganisation() == null ? null : account.getOrganisation().getId());
        affiliations.replaceWith(account.getAffiliations().stream().map(Organisation::getId).toList());
    }

    public String save() {
        try {
            UserAccount account = accounts.change(currentUser.actor(), username,
                    roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(Arrays.asList(roles)), employer.id(),
                    affiliations.ids());
            Feedback.info("users.saved", account.getFullName());
            return page();
        } catch (RuleViolation violation) {
            Feedback.show("user", violation);
            return null;
        }
    }

    public String deactivate() {
        try {
            Feedback.info("users.deactivated", accounts.deactivate(currentUser.actor(), username).getFullName());
            return page();
        } catch (RuleViolation violation) {
            Feedback.show("user", violation);
            return null;
        }
    }

    public String reactivate() {
        try {
            Feedback.info("users.reactivated", accounts.reactivate(currentUser.actor(), username).getFullName());
            return page();
        } catch (RuleViolation violation) {
            Feedback.show("user", violation);
            return null;
        }
    }

    private String page() {
        return "/admin/users.xhtml?faces-redirect=true&user=" + username;
    }

    public List<UserAccount> getUsers() {
        return users.get(() -> accounts.all(currentUser.actor()));
    }

    public UserAccount getChosen() {
        return username == null || username.isBlank() ? null
                : chosen.get(() -> accounts.get(currentUser.actor(), username));
    }

    public List<AuditEntry> getHistory() {
        return getChosen() == null ? List.of() : accounts.history(currentUser.actor(), username);
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public Role[] getRoles() {
        return roles.clone();
    }

    public void setRoles(Role[] roles) {
        this.roles = roles == null ? new Role[0] : roles.clone();
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
