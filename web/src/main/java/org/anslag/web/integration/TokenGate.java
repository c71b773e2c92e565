package org.anslag.web.integration;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import org.anslag.integration.ApiClient;
import org.anslag.integration.ApiTokens;

/**
 * The door of /api/v1: a request passes only with {@code Authorization: Bearer <token>} of a
 * token ADMIN issued and has not revoked (else 401), within the token's rate (else 429 with
 * Retry-After). A signed-in browser session does not count: the API serves systems, each with
 * a token of its own, so every call is on a token's account. Every call, let through or not,
 * is audited with the token's name, method, path and status.
 */
@Provider
@IntegrationApi
@Priority(Priorities.AUTHENTICATION)
public class TokenGate implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String CLIENT = TokenGate.class.getName() + ".client";
    private static final String BEARER = "Bearer ";

    @EJB
    ApiTokens tokens;
    @Inject
    ApiCaller caller;
    @Inject
    RateLimit rateLimit;

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        Optional<ApiClient> client = header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? tokens.authenticate(header.substring(BEARER.length()).strip()) : Optional.empty();
        if (client.isEmpty()) {
            request.abortWith(Problems.of(Response.Status.UNAUTHORIZED, header == null
                            ? "Send an API token as 'Authorization: Bearer <token>'; an administrator issues tokens on admin/api-tokens.xhtml."
                            : "The token is unknown or revoked; ask an administrator for a new one.")
                    .header(HttpHeaders.WWW_AUTHENTICATE, header == null ? "Bearer realm=\"anslag\""
                            : "Bearer realm=\"anslag\", error=\"invalid_token\"").build());
            return;
        }
        request.setProperty(CLIENT, client.get());
        long wait = rateLimit.take(client.get().tokenId());
        if (wait > 0) {
            request.abortWith(Problems.of(429, "Too Many Requests", "This token's rate is used up; try again in "
                    + wait + " s.").header(HttpHeaders.RETRY_AFTER, wait).build());
            return;
        }
        caller.signIn(client.get());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        String path = "/api/" + request.getUriInfo().getPath(false).replaceFirst("^/", "") + (query == null ? "" : "?" + query);
        tokens.recordCall((ApiClient) request.getProperty(CLIENT), request.getMethod(), path, response.getStatus());
    }
}
