package org.anslag.web.shared;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.security.Principal;
import org.anslag.organisation.Organisations;
import org.anslag.organisation.UserAccount;
import org.anslag.shared.AccessDenied;
import org.anslag.shared.Actor;

/**
 * The signed-in user of this session, as the services need it. The cache belongs to one caller:
 * when someone else signs in over the same session, it is read afresh for them.
 */
@Named
@SessionScoped
public class CurrentUser implements Serializable {

    private static final long serialVersionUID = 1L;

    // transient: Soteria's SecurityContext cannot be serialised; a session moved to another node
    // finds the field empty and looks it up again
    @Inject
    transient SecurityContext securityContext;
    @EJB
    Organisations organisations;

    private Actor actor;
    private String fullName;
    private String organisationName;

    public Actor actor() {
        if (securityContext == null) {
            securityContext = CDI.current().select(SecurityContext.class).get();
        }
        Principal principal = securityContext.getCallerPrincipal();
        if (principal == null) {
            actor = null;
            throw new AccessDenied("not signed in");
        }
        if (actor == null || !actor.username().equals(principal.getName())) {
            UserAccount account = organisations.account(principal.getName())
                    .orElseThrow(() -> new AccessDenied("no account " + principal.getName()));
            actor = account.asActor();
            fullName = account.getFullName();
            organisationName = account.getOrganisation() == null ? null : account.getOrganisation().getName();
        }
        return actor;
    }

    public String getFullName() {
        actor();
        return fullName;
    }

    public String getOrganisationName() {
        actor();
        return organisationName;
    }

    public String getUsername() {
        return actor().username();
    }
}
