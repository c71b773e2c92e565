package org.anslag.web.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;

/**
 * A Faces ajax request is always a POST. A GET that carries its header is the browser following a
 * redirect of one, such as a background save sent to sign-in because the session ran out: it is
 * answered as the plain page it asks for. As an ajax request it would be refused, since it lacks
 * the nonce of a page's Content-Security-Policy, and the page's script could not tell it from a
 * save that failed for another reason.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class RedirectedAjaxRequests extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String FACES_REQUEST = "Faces-Request";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean redirected = "GET".equals(request.getMethod()) && request.getHeader(FACES_REQUEST) != null;
        chain.doFilter(redirected ? new PlainPageRequest(request) : request, response);
    }

    /** The request without the ajax header. */
    static final class PlainPageRequest extends HttpServletRequestWrapper {

        PlainPageRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return FACES_REQUEST.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return FACES_REQUEST.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(name -> !FACES_REQUEST.equalsIgnoreCase(name)).toList());
        }
    }
}
