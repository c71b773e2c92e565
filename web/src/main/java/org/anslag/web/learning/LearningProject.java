package org.anslag.web.learning;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import org.anslag.application.GrantApplication;
import org.anslag.followup.CallIndicators;
import org.anslag.followup.FinalReport;
import org.anslag.followup.FinalReports;
import org.anslag.followup.FollowUps;
import org.anslag.followup.Indicator;
import org.anslag.followup.ProgressReport;
import org.anslag.learning.LearningNote;
import org.anslag.learning.LearningProjects;
import org.anslag.shared.NotFound;
import org.anslag.web.shared.PerRequest;

/**
 * learning/project.xhtml?number=…: what a funded project reported — progress reports with their
 * tags, spread and indicators, the final report and its results — with organisations as the only
 * names: no reporter, assessor or contact person is shown. Below, the notes on the project.
 */
@Named
@ViewScoped
public class LearningProject extends NoteEditing {

    private static final long serialVersionUID = 1L;

    @EJB
    LearningProjects projects;
    @EJB
    FollowUps followUps;
    @EJB
    FinalReports finalReports;
    @EJB
    CallIndicators indicators;

    private final PerRequest<GrantApplication> project = new PerRequest<>();
    private String number;

    public void load() {
        if (number == null || number.isBlank()) {
            throw new NotFound("project without a number");
        }
        getProject();
    }

    @Override
    protected List<LearningNote> readNotes() {
        return notes.ofProject(currentUser.actor(), number);
    }

    @Override
    protected void write(String body) {
        notes.aboutProject(currentUser.actor(), number, body);
    }

    @Override
    protected String page() {
        return "/learning/project.xhtml?faces-redirect=true&number=" + number;
    }

    public GrantApplication getProject() {
        return project.get(() -> projects.project(currentUser.actor(), number));
    }

    /** Each period's newest version: a report sent back was replaced by its revision. */
    public List<ProgressReport> getReports() {
        List<ProgressReport> all = followUps.reportsOf(number);
        return all.stream().filter(report -> all.stream().noneMatch(later ->
                later.getPeriodNumber() == report.getPeriodNumber() && later.getRevision() > report.getRevision())).toList();
    }

    public FinalReport getFinalReport() {
        return finalReports.latestOf(number).orElse(null);
    }

    public List<Indicator> getIndicators() {
        return indicators.of(getProject().getCall().getId());
    }

    /** The indicator's total over the project's reports, for a cumulative one; its latest figure otherwise. */
    public BigDecimal reached(Indicator indicator) {
        List<ProgressReport> reports = getReports();
        if (reports.isEmpty()) {
            return null;
        }
        int last = reports.get(reports.size() - 1).getPeriodNumber();
        return indicator.isCumulative() ? followUps.cumulative(number, indicator.getId(), last)
                : reports.get(reports.size() - 1).valueOf(indicator.getId());
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }
}
