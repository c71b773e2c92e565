package org.anslag.web.sso;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * "Logga in med myndighetens konto": sends the browser to the identity provider with a fresh
 * state, nonce and PKCE challenge. Without OIDC configured there is no such page (404); with the
 * provider unreachable, the sign-in page says so.
 */
@WebServlet("/sso/login")
public class StaffSignInStart extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(StaffSignInStart.class.getName());

    @Inject
    OidcProvider provider;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OidcSettings settings = OidcSettings.current();
        if (!settings.enabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PendingSignIn pending = PendingSignIn.start();
        try {
            String target = provider.authorization(settings, StaffSignInReturn.redirectUri(settings, request), pending).toString();
            request.getSession().setAttribute(PendingSignIn.ATTRIBUTE, pending);
            response.sendRedirect(target);
        } catch (OidcProvider.Unavailable unavailable) {
            LOG.log(Level.WARNING, "Staff sign-in: the identity provider is not available: {0}", unavailable.getMessage());
            response.sendRedirect(request.getContextPath() + "/login.xhtml?sso=unavailable");
        }
    }
}
