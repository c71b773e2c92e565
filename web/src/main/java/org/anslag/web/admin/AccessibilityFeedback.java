package org.anslag.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.anslag.accessibility.BarrierReport;
import org.anslag.accessibility.BarrierReports;
import org.anslag.web.shared.CurrentUser;
import org.anslag.web.shared.Feedback;
import org.anslag.web.shared.PerRequest;

/** ADMIN reads the reports of accessibility barriers, the newest first, and marks them handled. */
@Named
@ViewScoped
public class AccessibilityFeedback implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    BarrierReports reports;
    @Inject
    CurrentUser currentUser;

    private final PerRequest<List<BarrierReport>> all = new PerRequest<>();

    public List<BarrierReport> getReports() {
        return all.get(() -> reports.all(currentUser.actor()));
    }

    public String markHandled(long id) {
        BarrierReport report = reports.markHandled(currentUser.actor(), id);
        Feedback.info("accessibility.admin.markedHandled", String.valueOf(report.getId()));
        return "/admin/accessibility-feedback.xhtml?faces-redirect=true";
    }
}
