package org.anslag.web.integration;

import jakarta.enterprise.context.RequestScoped;
import org.anslag.integration.ApiClient;

/** The system whose token signed in this request, as {@link TokenGate} found it. */
@RequestScoped
public class ApiCaller {

    private ApiClient client;

    void signIn(ApiClient signedIn) {
        client = signedIn;
    }

    ApiClient client() {
        if (client == null) {
            throw new IllegalStateException("no token checked for this request");
        }
        return client;
    }
}
