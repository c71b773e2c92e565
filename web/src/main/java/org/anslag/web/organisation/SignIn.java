package org.anslag.web.organisation;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.anslag.web.shared.Feedback;

/** The sign-in form; on success the user continues to the page they asked for, or home. */
@Named
@RequestScoped
public class SignIn {

    @Inject
    SecurityContext securityContext;

    private String username;
    private String password;

    public void signIn() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getSession(false) != null) {
            // a new session id at sign-in, so an id planted before it is worthless (session fixation);
            // changed before authenticating so the redirect that follows carries the new cookie
            request.changeSessionId();
        }
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                withParams().credential(new UsernamePasswordCredential(username == null ? "" : username.strip(),
                        new Password(password == null ? "" : password))));
        switch (status) {
            case SEND_CONTINUE -> context.responseComplete();
            case SUCCESS -> external.redirect(external.getRequestContextPath() + "/index.xhtml");
            default -> Feedback.error("signIn.failed");
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
}
