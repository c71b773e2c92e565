package org.anslag.learning;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.anslag.call.Programme;
import org.anslag.organisation.Organisation;
import org.anslag.organisation.Organisations;
import org.anslag.shared.Actor;

/**
 * The after-reports a manager, or a programme's researcher, may read: which rounds were sent,
 * answered or left overdue, with the answers. Organisations by name only, no person.
 */
@Stateless
public class AfterReportOverview {

    @EJB
    LearningAccess access;
    @EJB
    AfterReports afterReports;
    @EJB
    Organisations organisations;

    /** The programmes to show: the one asked for (checked), or every one the actor may read. */
    public List<Programme> programmes(Actor actor, Long programmeId) {
        return programmeId == null ? access.programmes(actor) : List.of(access.requireProgramme(actor, programmeId));
    }

    public List<AfterReportLine> lines(Actor actor, Long programmeId) {
        List<Long> ids = programmes(actor, programmeId).stream().map(Programme::getId).toList();
        return afterReports.ofProgrammes(ids).stream()
                .filter(report -> access.mayReadReports(actor, report.getApplication()))
                .map(this::line).toList();
    }

    /** How many rounds stand where, per status. */
    public static Map<AfterReportStatus, Long> counts(List<AfterReportLine> lines) {
        Map<AfterReportStatus, Long> counts = new EnumMap<>(AfterReportStatus.class);
        for (AfterReportStatus status : AfterReportStatus.values()) {
            counts.put(status, lines.stream().filter(line -> line.status() == status).count());
        }
        return counts;
    }

    private AfterReportLine line(AfterReport report) {
        var application = report.getApplication();
        List<String> adopted = organisations.all(report.getAdoptedIn()).stream().map(Organisation::getName).sorted().toList();
        return new AfterReportLine(application.getNumber(), application.getTitle(), application.getCoordinator().getName(),
                application.getCall().getProgramme().getName(), report.getMonths(), report.getStatus(), report.getSentAt(),
                report.getRemindedAt(), report.getStatus() == AfterReportStatus.OVERDUE ? report.getOverdueAt() : report.getAnsweredAt(),
                report.getStillInUse(), adopted, report.getEffects());
    }
}
