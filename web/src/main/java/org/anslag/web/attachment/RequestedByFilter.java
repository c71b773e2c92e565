package org.anslag.web.attachment;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * CSRF protection for the REST endpoints, which are signed in with the session cookie: a change
 * must carry the header X-Requested-By, which a page on another site cannot add to a cross-site
 * request without the browser asking this server first (and it is never allowed to).
 */
@Provider
@jakarta.ws.rs.container.PreMatching
public class RequestedByFilter implements ContainerRequestFilter {

    static final String HEADER = "X-Requested-By";
    private static final Set<String> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @Override
    public void filter(ContainerRequestContext request) {
        if (!SAFE.contains(request.getMethod()) && request.getHeaderString(HEADER) == null) {
            request.abortWith(Response.status(Response.Status.FORBIDDEN)
                    .entity("X-Requested-By saknas / X-Requested-By is missing").build());
        }
    }
}
