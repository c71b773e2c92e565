package org.anslag.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.anslag.call.Calls;
import org.anslag.call.Programme;
import org.anslag.learning.ResearcherAssignment;
import org.anslag.learning.ResearcherAssignments;
import org.anslag.organisation.Accounts;
import org.anslag.organisation.UserAccount;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.CurrentUser;
import org.anslag.web.shared.Feedback;
import org.anslag.web.shared.PerRequest;

/** admin/researchers.xhtml: ADMIN makes an account the accompanying researcher of a programme, or ends that. */
@Named
@ViewScoped
public class AssignResearchers implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ResearcherAssignments assignments;
    @EJB
    Accounts accounts;
    @EJB
    Calls calls;
    @Inject
    CurrentUser currentUser;

    private final PerRequest<List<ResearcherAssignment>> all = new PerRequest<>();
    private final PerRequest<List<UserAccount>> users = new PerRequest<>();
    private Long programmeId;
    private String username;

    public String assign() {
        try {
            assignments.assign(currentUser.actor(), programmeId, username);
            Feedback.info("research.assign.done", name(username), programmeName(programmeId));
            return "/admin/researchers.xhtml?faces-redirect=true";
        } catch (RuleViolation violation) {
            Feedback.show("assign", violation);
            return null;
        }
    }

    public String remove(ResearcherAssignment assignment) {
        assignments.remove(currentUser.actor(), assignment.getProgrammeId(), assignment.getUsername());
        Feedback.info("research.assign.removed", name(assignment.getUsername()), programmeName(assignment.getProgrammeId()));
        return "/admin/researchers.xhtml?faces-redirect=true";
    }

    public List<ResearcherAssignment> getAssignments() {
        return all.get(() -> assignments.all(currentUser.actor()));
    }

    /** Every account, so that choosing one who is not a researcher gets a message saying so. */
    public List<UserAccount> getAccounts() {
        return users.get(() -> accounts.all(currentUser.actor()));
    }

    public List<Programme> getProgrammes() {
        return calls.programmes();
    }

    public String programmeName(Long id) {
        return getProgrammes().stream().filter(programme -> programme.getId().equals(id)).map(Programme::getName)
                .findFirst().orElse(String.valueOf(id));
    }

    public String name(String user) {
        Map<String, String> names = getAccounts().stream()
                .collect(Collectors.toMap(UserAccount::getUsername, UserAccount::getFullName));
        return names.getOrDefault(user, user);
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(Long programmeId) {
        this.programmeId = programmeId;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }
}
