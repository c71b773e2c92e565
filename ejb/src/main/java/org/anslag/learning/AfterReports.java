package org.anslag.learning;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.anslag.application.Applications;
import org.anslag.application.GrantApplication;
import org.anslag.audit.AuditLog;
import org.anslag.organisation.Organisation;
import org.anslag.organisation.OrganisationKind;
import org.anslag.organisation.Organisations;
import org.anslag.shared.AccessDenied;
import org.anslag.shared.Actor;
import org.anslag.shared.NotFound;
import org.anslag.shared.Role;
import org.anslag.shared.RuleViolation;
import org.anslag.workflow.AfterReportProcess;

/**
 * The after-report of a closed project: the coordinator's users answer each round's questionnaire;
 * every municipality they say adopted the result becomes an adoption (spread) of the project.
 */
@Stateless
public class AfterReports {

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    AuditLog audit;
    @EJB
    Applications applications;
    @EJB
    Organisations organisations;
    @EJB
    AfterReportProcess process;

    /** The round for its coordinator's users; 404 for an unknown project or a round not sent, 403 for anyone else. */
    public AfterReport forCoordinator(Actor actor, String number, int months) {
        actor.require(Role.APPLICANT);
        GrantApplication application = applications.byNumber(number);
        Applications.requireCoordinator(actor, application);
        return round(application.getId(), months).orElseThrow(() -> new NotFound("after-report " + months + " of " + number));
    }

    /** Stores the answer, registers the adoptions and completes the round; a second submission is refused. */
    public AfterReport answer(Actor actor, String number, int months, AfterReportAnswer answer) {
        GrantApplication application = applications.lockedByNumber(number);
        AfterReport report = forCoordinator(actor, number, months);
        validate(answer);
        if (!report.isOpen() || !process.isWaitingFor(number, months)) {
            throw new RuleViolation("answer", report.getStatus() == AfterReportStatus.ANSWERED
                    ? "afterReport.error.answered" : "afterReport.error.notOpen");
        }
        report.answer(answer, actor.username(), clock.instant());
        for (Organisation municipality : organisations.all(answer.adoptedIn())) {
            adopt(application, municipality, actor, months);
        }
        process.complete(number, months);
        audit.record(actor.username(), "ANSWER_AFTER_REPORT", "application:" + number, months + " months, still in use "
                + answer.stillInUse() + ", " + answer.adoptedIn().size() + " adopting municipalities");
        return report;
    }

    private void validate(AfterReportAnswer answer) {
        if (answer.stillInUse() == null) {
            throw new RuleViolation("stillInUse", "afterReport.error.stillInUse");
        }
        if (answer.effects() != null && answer.effects().length() > AfterReportAnswer.EFFECTS_MAX) {
            throw new RuleViolation("effects", "afterReport.error.effectsTooLong", AfterReportAnswer.EFFECTS_MAX);
        }
        for (Organisation organisation : organisations.all(answer.adoptedIn())) {
            if (organisation.getKind() != OrganisationKind.MUNICIPALITY) {
                throw new RuleViolation("adoptedIn", "afterReport.error.notMunicipality", organisation.getName());
            }
        }
    }

    /** One adoption per project and municipality, however often it is reported. */
    private void adopt(GrantApplication application, Organisation municipality, Actor actor, int months) {
        boolean known = !em.createQuery("""
                select u.id from ResultUptake u where u.application = :application and u.municipality = :municipality
                  and u.kind = org.anslag.learning.UptakeKind.ADOPTION""", Long.class)
                .setParameter("application", application).setParameter("municipality", municipality)
                .getResultList().isEmpty();
        if (!known) {
            em.persist(new ResultUptake(application, municipality, UptakeKind.ADOPTION, application.getTitle(),
                    "after-report " + months + " months", actor.username(), clock.instant()));
        }
    }

    public Optional<AfterReport> round(Long applicationId, int months) {
        return em.createQuery("select r from AfterReport r where r.application.id = :application and r.months = :months",
                AfterReport.class).setParameter("application", applicationId).setParameter("months", months)
                .getResultList().stream().findFirst();
    }

    /** Every round sent for projects of these programmes, the newest first. */
    public List<AfterReport> ofProgrammes(List<Long> programmeIds) {
        if (programmeIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                select r from AfterReport r join r.application a
                where a.call.programme.id in :programmes order by r.sentAt desc, a.number, r.months""", AfterReport.class)
                .setParameter("programmes", programmeIds).getResultList();
    }
}
