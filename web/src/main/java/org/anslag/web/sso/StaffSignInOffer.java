package org.anslag.web.sso;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * What the sign-in and 403 pages say about the agency's sign-in: whether its button is offered,
 * why the last attempt came back ({@code login.xhtml?sso=failed|unavailable}) and why a provider's
 * user was refused.
 */
@Named
@RequestScoped
public class StaffSignInOffer {

    private String sso;

    public boolean isOffered() {
        return OidcSettings.current().enabled();
    }

    /** The message key for the sign-in page, or null. */
    public String getProblem() {
        return "failed".equals(sso) || "unavailable".equals(sso) ? "sso." + sso : null;
    }

    /** The message key of a refusal the callback left for the 403 page, or null. */
    public String getRefusal() {
        Object refusal = FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(StaffSignInReturn.REFUSAL);
        return refusal instanceof String key ? key : null;
    }

    public String getSso() {
        return sso;
    }

    public void setSso(String sso) {
        this.sso = sso;
    }
}
