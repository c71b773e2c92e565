package org.anslag.web.shared;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import org.anslag.organisation.Organisations;
import org.anslag.organisation.UserAccount;

/**
 * Ends the session of an account deactivated while signed in, at its next request: pages go to
 * the sign-in page with a message, the REST API answers 401. The session remembers the sign-in,
 * so without this check a deactivated user would keep working until the session timed out.
 */
@WebFilter(servletNames = "Faces Servlet", urlPatterns = "/api/*")
public class ActiveAccountFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @EJB
    Organisations organisations;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal principal = request.getUserPrincipal();
        if (principal == null || request.getRequestURI().contains("/jakarta.faces.resource/")
                || organisations.account(principal.getName()).map(UserAccount::isActive).orElse(false)) {
            chain.doFilter(request, response);
            return;
        }
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (request.getServletPath().startsWith("/api/")) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        } else {
            response.sendRedirect(request.getContextPath() + "/login.xhtml?ended=true");
        }
    }
}
