package org.anslag.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anslag.organisation.Registrations;
import org.anslag.organisation.UserAccount;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.CurrentUser;
import org.anslag.web.shared.Feedback;

/** The registrations waiting for an administrator's approval. */
@Named
@ViewScoped
public class PendingRegistrations implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Registrations registrations;
    @Inject
    CurrentUser currentUser;

    private final Map<String, String> notes = new HashMap<>();

    public String approve(String username) {
        UserAccount account = registrations.approve(currentUser.actor(), username);
        Feedback.info("registration.approved", account.getFullName());
        return "/admin/registrations.xhtml?faces-redirect=true";
    }

    public String reject(String username) {
        try {
            UserAccount account = registrations.reject(currentUser.actor(), username, notes.get(username));
            Feedback.info("registration.rejected", account.getFullName());
            return "/admin/registrations.xhtml?faces-redirect=true";
        } catch (RuleViolation violation) {
            Feedback.error("registration.rejectNeedsNote");
            return null;
        }
    }

    public List<UserAccount> getPending() {
        return registrations.pending(currentUser.actor());
    }

    public Map<String, String> getNotes() {
        return notes;
    }
}
