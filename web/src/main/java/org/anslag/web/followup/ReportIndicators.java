package org.anslag.web.followup;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.anslag.followup.CallIndicators;
import org.anslag.followup.Indicator;
import org.anslag.followup.ProgressReport;

/** The indicators a report answers (its call's), for the pages that show reports' versions side by side. */
@Named
@RequestScoped
public class ReportIndicators {

    @EJB
    CallIndicators callIndicators;

    public List<Indicator> of(ProgressReport report) {
        return report == null ? List.of() : callIndicators.of(report.getApplication().getCall().getId());
    }
}
