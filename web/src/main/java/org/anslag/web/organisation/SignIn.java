package org.anslag.web.organisation;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.anslag.organisation.SignIns;
import org.anslag.web.shared.ClientAddress;
import org.anslag.web.shared.Feedback;
import org.anslag.web.shared.SignInCredential;

/** The sign-in form; on success the user continues to the page they asked for, or home. */
@Named
@RequestScoped
public class SignIn {

    @Inject
    SecurityContext securityContext;
    @EJB
    SignIns signIns;

    private String username;
    private String password;
    private boolean ended;

    public void signIn() throws IOException, ServletException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getUserPrincipal() != null) {
            // signing in over someone's session: that user is signed out first, whatever the outcome
            request.logout();
        }
        if (request.getSession(false) != null) {
            // a new session id at sign-in, so an id planted before it is worthless (session fixation);
            // changed before authenticating so the redirect that follows carries the new cookie
            request.changeSessionId();
        }
        String typed = username == null ? "" : username.strip();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                withParams().credential(new SignInCredential(typed, password == null ? "" : password, ClientAddress.of(context))));
        switch (status) {
            case SEND_CONTINUE -> context.responseComplete();
            case SUCCESS -> external.redirect(external.getRequestContextPath() + "/index.xhtml");
            default -> Feedback.error(switch (signIns.verdict(typed, ClientAddress.of(context))) {
                case WAIT_ACCOUNT, WAIT_ADDRESS -> "signIn.wait";
                case LOCKED -> "signIn.locked";
                case GO -> "signIn.failed";
            });
        }
    }

    public void signOut() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        // the address tells the page to clear what this browser kept of unsaved drafts (sign-out.js)
        external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
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

    /** Set when a session was ended because the account was deactivated (login.xhtml?ended=true). */
    public boolean isEnded() {
        return ended;
    }

    public void setEnded(boolean ended) {
        this.ended = ended;
    }
}
