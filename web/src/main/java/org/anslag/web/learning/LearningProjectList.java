package org.anslag.web.learning;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.anslag.application.GrantApplication;
import org.anslag.call.Programme;
import org.anslag.learning.FundedProjectsFigure;
import org.anslag.learning.LearningAccess;
import org.anslag.learning.LearningProjects;
import org.anslag.web.shared.CurrentUser;

/** learning/projects.xhtml: the funded projects of every programme the reader may read, one table each. */
@Named
@RequestScoped
public class LearningProjectList {

    @EJB
    LearningAccess access;
    @EJB
    LearningProjects projects;
    @Inject
    CurrentUser currentUser;

    private List<Programme> programmes;

    public List<Programme> getProgrammes() {
        if (programmes == null) {
            programmes = access.programmes(currentUser.actor());
        }
        return programmes;
    }

    public List<GrantApplication> projectsOf(Programme programme) {
        return projects.of(currentUser.actor(), programme.getId());
    }

    public String getFigure() {
        return FundedProjectsFigure.NAME;
    }
}
