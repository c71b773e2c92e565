package org.anslag.web.shared;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The address attempts are counted against. Behind a load balancer, turn on the HTTP listener's
 * proxy-address-forwarding so this is the client's address, not the balancer's.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(FacesContext context) {
        return ((HttpServletRequest) context.getExternalContext().getRequest()).getRemoteAddr();
    }
}
