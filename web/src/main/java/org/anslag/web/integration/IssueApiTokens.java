package org.anslag.web.integration;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.anslag.integration.ApiScope;
import org.anslag.integration.ApiToken;
import org.anslag.integration.ApiTokens;
import org.anslag.shared.NotFound;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.CurrentUser;
import org.anslag.web.shared.Feedback;
import org.anslag.web.shared.Formats;

/**
 * ADMIN issues tokens to other systems and revokes them. A new token's secret stays in this view
 * only: the page shows it once, after the issue, and never again (no redirect that could repeat it).
 */
@Named
@ViewScoped
public class IssueApiTokens implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ApiTokens apiTokens;
    @Inject
    CurrentUser currentUser;
    @Inject
    Formats format;

    private String name;
    private ApiScope scope = ApiScope.FINANCE;
    private String secret;
    private String issuedName;
    private transient List<ApiToken> tokens;

    public String issue() {
        try {
            ApiTokens.Issued issued = apiTokens.issue(currentUser.actor(), name, scope);
            secret = issued.secret();
            issuedName = issued.token().getName();
            name = null;
            tokens = null;
            Feedback.info("apiTokens.issued", issuedName);
        } catch (RuleViolation violation) {
            Feedback.show("issue", violation);
        }
        return null;
    }

    public String revoke(long id) {
        try {
            ApiToken token = apiTokens.revoke(currentUser.actor(), id);
            Feedback.info("apiTokens.revoked", token.getName());
        } catch (NotFound gone) {
            Feedback.error("apiTokens.none");
        }
        secret = null;
        return "/admin/api-tokens.xhtml?faces-redirect=true";
    }

    public List<ApiToken> getTokens() {
        if (tokens == null) {
            tokens = apiTokens.all(currentUser.actor());
        }
        return tokens;
    }

    public String statusOf(ApiToken token) {
        return token.isRevoked() ? Feedback.text("apiTokens.revokedBy", token.getRevokedBy(), format.dateTime(token.getRevokedAt()))
                : Feedback.text("apiTokens.active");
    }

    public String revokeLabel(ApiToken token) {
        return Feedback.text("apiTokens.revokeLabel", token.getName());
    }

    public String getSecretLabel() {
        return Feedback.text("apiTokens.secret", issuedName);
    }

    /** This server's address as the browser reached it, for the example call. */
    public String getBaseUrl() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        int port = context.getRequestServerPort();
        boolean defaultPort = port == 80 && "http".equals(context.getRequestScheme())
                || port == 443 && "https".equals(context.getRequestScheme());
        return context.getRequestScheme() + "://" + context.getRequestServerName() + (defaultPort ? "" : ":" + port)
                + context.getRequestContextPath() + "/";
    }

    public ApiScope[] getScopes() {
        return ApiScope.values();
    }

    public String getSecret() {
        return secret;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ApiScope getScope() {
        return scope;
    }

    public void setScope(ApiScope scope) {
        this.scope = scope;
    }
}
