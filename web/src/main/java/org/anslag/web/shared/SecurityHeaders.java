package org.anslag.web.shared;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The browser's protections on every response of the application: pages, resources, REST and
 * error pages (the filter runs again when the container dispatches to an error page, after a
 * reset has cleared the headers).
 * <p>
 * One Content-Security-Policy, written once in web.xml as {@code primefaces.CSP_POLICY}:
 * PrimeFaces puts a fresh nonce on each page's scripts and sends the policy with that nonce
 * appended to {@code script-src}; every other response gets the same policy without one. The
 * page's header replaces the default here instead of being added as a second policy, which the
 * browser would enforce too and which would block the page's own scripts.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD,
        DispatcherType.ERROR, DispatcherType.ASYNC})
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String CSP = "Content-Security-Policy";
    static final String POLICY_PARAMETER = "primefaces.CSP_POLICY";
    /** A year; sent only over https, where the browser takes it into account. */
    static final String HSTS = "max-age=31536000";
    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    private String policy;

    @Override
    public void init() {
        policy = contentSecurityPolicy(getServletContext().getInitParameter(POLICY_PARAMETER));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(CSP, policy);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS);
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        chain.doFilter(request, new OnePolicy(response));
    }

    /** The configured policy as sent on responses without a page's nonce. */
    static String contentSecurityPolicy(String configured) {
        if (configured == null || configured.isBlank()) {
            throw new IllegalStateException(POLICY_PARAMETER + " is missing from web.xml");
        }
        return configured.strip().replaceAll("\\s+", " ");
    }

    /** Lets a page's own policy (with its nonce) take the place of the default one. */
    static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
