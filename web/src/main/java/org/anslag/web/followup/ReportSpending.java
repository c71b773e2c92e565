package org.anslag.web.followup;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anslag.followup.CostHeading;
import org.anslag.followup.ProgressReport;
import org.anslag.followup.Spending;
import org.anslag.followup.SpendingFigures;

/**
 * A report's spending line by line against the approved budget, for the pages that show a report
 * or its versions side by side; each version's figures are read once per request.
 */
@Named
@RequestScoped
public class ReportSpending {

    @EJB
    Spending spending;

    private final Map<Long, List<SpendingFigures>> figures = new HashMap<>();

    public List<SpendingFigures> of(ProgressReport report) {
        return report == null ? List.of() : figures.computeIfAbsent(report.getId(), id -> spending.figuresOf(report));
    }

    /** The heading's figures in one version; none where the version has no such heading. */
    public SpendingFigures line(ProgressReport report, CostHeading heading) {
        return of(report).stream().filter(line -> line.heading().equals(heading)).findFirst().orElse(null);
    }

    /** Whether any version of the list reported spending: earlier reports were sent without. */
    public boolean reported(List<ProgressReport> versions) {
        return versions.stream().anyMatch(version -> !version.getSpending().isEmpty());
    }
}
