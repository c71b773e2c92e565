package org.anslag.web.organisation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.anslag.shared.Role;
import org.anslag.web.shared.CurrentUser;

/** Sends each role to where its work starts. */
@Named
@RequestScoped
public class Home {

    @Inject
    CurrentUser currentUser;

    public String route() {
        var actor = currentUser.actor();
        if (actor.has(Role.APPLICANT)) {
            return "/application/my-applications.xhtml?faces-redirect=true";
        }
        if (actor.has(Role.FINANCE)) {
            return "/finance/exports.xhtml?faces-redirect=true";
        }
        if (actor.has(Role.ADMIN)) {
            return "/admin/reference-data.xhtml?faces-redirect=true";
        }
        return "/workflow/tasks.xhtml?faces-redirect=true";
    }
}
