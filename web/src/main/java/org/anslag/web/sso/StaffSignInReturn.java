package org.anslag.web.sso;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.anslag.organisation.StaffIdentity;
import org.anslag.organisation.StaffSignIns;

/**
 * Where the provider sends the browser back: the state must be this session's, the code is
 * redeemed and the ID token verified; then {@link StaffSignIns} links or creates the account and
 * the user is signed in like a form sign-in (new session id, whoever was signed in is signed out).
 * A provider's user with no Anslag role gets the 403 page saying why.
 */
@WebServlet("/sso/callback")
public class StaffSignInReturn extends HttpServlet {

    /** The request attribute naming why the 403 page refuses (a message key). */
    public static final String REFUSAL = "anslag.sso.refusal";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(StaffSignInReturn.class.getName());

    @Inject
    OidcProvider provider;
    @Inject
    SecurityContext securityContext;
    @EJB
    StaffSignIns staffSignIns;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        OidcSettings settings = OidcSettings.current();
        if (!settings.enabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        HttpSession session = request.getSession(false);
        PendingSignIn pending = session == null ? null : (PendingSignIn) session.getAttribute(PendingSignIn.ATTRIBUTE);
        if (session != null) {
            session.removeAttribute(PendingSignIn.ATTRIBUTE);
        }
        String code = request.getParameter("code");
        if (pending == null || !pending.answers(request.getParameter("state")) || code == null || code.isBlank()) {
            // cancelled at the provider, an old or foreign link, or a second use of the same answer
            response.sendRedirect(request.getContextPath() + "/login.xhtml?sso=failed");
            return;
        }
        JWTClaimsSet claims;
        try {
            claims = provider.redeem(settings, redirectUri(settings, request), pending, code);
        } catch (OidcProvider.Unavailable refused) {
            LOG.log(Level.WARNING, "Staff sign-in refused: {0}", refused.getMessage());
            response.sendRedirect(request.getContextPath() + "/login.xhtml?sso=failed");
            return;
        }
        StaffSignIns.Outcome outcome = staffSignIns.signIn(identity(settings, claims));
        if (!outcome.signedIn()) {
            request.setAttribute(REFUSAL, "sso.refused." + outcome.refusal().name());
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (request.getUserPrincipal() != null) {
            request.logout();
        }
        request.changeSessionId();
        AuthenticationStatus status = securityContext.authenticate(request, response,
                withParams().credential(new StaffCredential(outcome.username(), outcome.groups())));
        switch (status) {
            case SEND_CONTINUE -> { }
            case SUCCESS -> response.sendRedirect(request.getContextPath() + "/index.xhtml");
            default -> response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    /** OIDC_REDIRECT_URI, or this application's own callback address as the browser reached it. */
    static String redirectUri(OidcSettings settings, HttpServletRequest request) {
        if (!settings.redirectUri().isEmpty()) {
            return settings.redirectUri();
        }
        StringBuffer url = request.getRequestURL();
        return url.substring(0, url.length() - request.getServletPath().length()) + "/sso/callback";
    }

    private static StaffIdentity identity(OidcSettings settings, JWTClaimsSet claims) {
        Object verified = claims.getClaim("email_verified");
        return new StaffIdentity(claims.getIssuer(), claims.getSubject(), text(claims.getClaim("email")),
                Boolean.TRUE.equals(verified) || "true".equals(verified), name(claims),
                settings.roles(values(claim(claims.getClaims(), settings.rolesClaim()))));
    }

    /** A claim by its dotted path, e.g. {@code realm_access.roles}. */
    static Object claim(Map<String, Object> claims, String path) {
        Object value = claims;
        for (String step : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> object)) {
                return null;
            }
            value = object.get(step);
        }
        return value;
    }

    /** A list claim's values; a single text is split on spaces and commas. */
    static List<String> values(Object claim) {
        if (claim instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return claim instanceof String text ? List.of(text.strip().split("[\\s,]+")) : List.of();
    }

    private static String name(JWTClaimsSet claims) {
        String name = text(claims.getClaim("name"));
        if (name != null) {
            return name;
        }
        String given = text(claims.getClaim("given_name"));
        String family = text(claims.getClaim("family_name"));
        return given == null ? family : family == null ? given : given + " " + family;
    }

    private static String text(Object claim) {
        return claim instanceof String text && !text.isBlank() ? text.strip() : null;
    }
}
