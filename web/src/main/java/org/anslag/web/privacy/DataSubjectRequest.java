package org.anslag.web.privacy;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.anslag.organisation.UserAccount;
import org.anslag.privacy.DataSubjects;
import org.anslag.privacy.SubjectRecord;
import org.anslag.shared.NotFound;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.CurrentUser;
import org.anslag.web.shared.Feedback;

/** ADMIN answers a data-subject request: finds the person, exports their data, erases them. */
@Named("dataSubjectRequest")
@ViewScoped
public class DataSubjectRequest implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    DataSubjects dataSubjects;
    @Inject
    CurrentUser currentUser;

    private String search;
    private String username;
    private List<UserAccount> candidates = List.of();
    private transient SubjectRecord record;
    private String others;
    private boolean confirmed;

    public void load() {
        if (search != null && !search.isBlank()) {
            try {
                candidates = dataSubjects.find(currentUser.actor(), search);
            } catch (RuleViolation violation) {
                Feedback.error(violation.messageKey());
            }
        }
        if (username != null && !username.isBlank()) {
            try {
                record = dataSubjects.record(currentUser.actor(), username);
            } catch (NotFound gone) {
                Feedback.error("privacy.subjects.notFound");
            }
        }
    }

    public String erase() {
        if (!confirmed) {
            Feedback.show("erase", new RuleViolation("confirmed", "privacy.erase.confirm"));
            return null;
        }
        try {
            List<String> named = others == null ? List.of()
                    : Arrays.stream(others.split("[\\n,;]")).map(String::strip).filter(o -> !o.isEmpty()).toList();
            DataSubjects.Outcome outcome = dataSubjects.erase(currentUser.actor(), username, named);
            Feedback.info("privacy.erased", outcome.pseudonym(), outcome.rows(), outcome.filesDeleted(),
                    outcome.filesHeld(), outcome.mailsDeleted());
            return "/admin/data-subjects.xhtml?faces-redirect=true";
        } catch (RuleViolation violation) {
            Feedback.show("erase", violation);
            return null;
        }
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public List<UserAccount> getCandidates() {
        return candidates;
    }

    public SubjectRecord getRecord() {
        return record;
    }

    public String getOthers() {
        return others;
    }

    public void setOthers(String others) {
        this.others = others;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }
}
