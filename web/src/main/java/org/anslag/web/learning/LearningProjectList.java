package org.anslag.web.learning;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anslag.call.Programme;
import org.anslag.learning.FundedProjectsFigure;
import org.anslag.learning.LearningAccess;
import org.anslag.learning.LearningProjects;
import org.anslag.web.shared.CurrentUser;

/**
 * learning/projects.xhtml: the funded projects of every programme the reader may read, one table
 * each, a page at a time; {@code ?programme=3&page=2} turns that programme's table to its second page.
 */
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
    private Long programmeId;
    private String page;
    private final Map<Long, LearningProjects.FundedProjects> shown = new HashMap<>();

    public List<Programme> getProgrammes() {
        if (programmes == null) {
            programmes = access.programmes(currentUser.actor());
        }
        return programmes;
    }

    /** The page shown of the programme's projects, read once per request: the table asks for it a dozen times. */
    public LearningProjects.FundedProjects projectsOf(Programme programme) {
        return shown.computeIfAbsent(programme.getId(), id -> read(programme));
    }

    private LearningProjects.FundedProjects read(Programme programme) {
        boolean turned = programme.getId().equals(programmeId) && page != null && page.strip().matches("\\d{1,6}");
        // a page past the end shows the last one, a garbled number the first
        return projects.pageOf(currentUser.actor(), programme.getId(), turned ? Integer.parseInt(page.strip()) : 1);
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(Long programmeId) {
        this.programmeId = programmeId;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public String getFigure() {
        return FundedProjectsFigure.NAME;
    }
}
