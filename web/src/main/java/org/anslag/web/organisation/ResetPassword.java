package org.anslag.web.organisation;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.Optional;
import org.anslag.organisation.AccountToken;
import org.anslag.organisation.AccountTokens;
import org.anslag.organisation.Passwords;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.Feedback;

/** The user follows the e-mailed reset link and chooses a new password, once. */
@Named
@ViewScoped
public class ResetPassword implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Passwords passwords;
    @EJB
    AccountTokens tokens;
    @Inject
    Clock clock;

    private String token;
    private String problem;
    private final ChosenCredentials chosen = new ChosenCredentials();

    public void load() {
        Optional<AccountToken> found = tokens.find(AccountToken.Purpose.PASSWORD_RESET, token);
        if (found.isEmpty()) {
            problem = "token.unknown";
        } else {
            problem = found.get().isOpen(clock.instant()) ? null : "token.usedOrExpired";
        }
    }

    public String reset() {
        try {
            passwords.reset(token, chosen.confirmedPassword());
            Feedback.info("reset.done");
            return "/login.xhtml?faces-redirect=true";
        } catch (RuleViolation violation) {
            Feedback.show("reset", violation);
            return null;
        }
    }

    /** Why the link no longer works, as a message key; null while it does. */
    public String getProblem() {
        return problem;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public ChosenCredentials getChosen() {
        return chosen;
    }
}
