package org.anslag.web.learning;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.anslag.call.Programme;
import org.anslag.learning.AfterReportLine;
import org.anslag.learning.AfterReportOverview;
import org.anslag.web.shared.CurrentUser;

/**
 * The after-report overview (learning/after-reports.xhtml): which rounds were sent, answered or
 * are overdue, with the answers, for one programme or all the reader may read.
 */
@Named
@RequestScoped
public class AfterReportList {

    @EJB
    AfterReportOverview overview;
    @Inject
    CurrentUser currentUser;

    private Long programmeId;
    private List<AfterReportLine> lines;
    private List<Programme> programmes;

    public void load() {
        getLines();
    }

    public List<AfterReportLine> getLines() {
        if (lines == null) {
            lines = overview.lines(currentUser.actor(), programmeId);
        }
        return lines;
    }

    /** Rounds per status, keyed by the status's name as the page asks for it. */
    public Map<String, Long> getCounts() {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        AfterReportOverview.counts(getLines()).forEach((status, count) -> counts.put(status.name(), count));
        return counts;
    }

    /** Every programme the reader may choose between. */
    public List<Programme> getProgrammes() {
        if (programmes == null) {
            programmes = overview.programmes(currentUser.actor(), null);
        }
        return programmes;
    }

    /** The filters as the download links pass them on. */
    public String getQuery() {
        return programmeId == null ? "" : "programme=" + programmeId;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(Long programmeId) {
        this.programmeId = programmeId;
    }
}
