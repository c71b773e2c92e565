package org.anslag.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.anslag.application.EvaluatorStanding.Standing;
import org.anslag.organisation.Organisation;
import org.anslag.organisation.Organisations;
import org.anslag.shared.AccessDenied;
import org.anslag.shared.Actor;
import org.anslag.shared.Role;

/**
 * The one policy on who may read an application and everything attached to it (answers, budget,
 * attachments, the submitted version, letters, reviews, reports, payment plan, process diagram).
 * Every page, REST resource and service asks here; the matrix test (AccessMatrixIT) proves it.
 *
 * <ul>
 *   <li>An applicant reads the applications their organisation coordinates or is a partner in; a
 *       draft is theirs alone until it is submitted.</li>
 *   <li>Programme managers and finance read every submitted application; admins, who run the
 *       system, read none.</li>
 *   <li>An evaluator reads an application only while some area has assigned it to them after a
 *       declaration of no conflict, never when they declared a conflict, and never when they
 *       work at, or declared an affiliation with, the coordinator or a partner, at any stage.</li>
 * </ul>
 */
@Stateless
public class ApplicationAccess {

    @EJB
    Organisations organisations;
    @Inject
    @Any
    Instance<EvaluatorStanding> standings;

    public void requireReadable(Actor actor, GrantApplication application) {
        if (!mayRead(actor, application)) {
            throw new AccessDenied(actor.username() + " may not read " + application.getNumber());
        }
    }

    public boolean mayRead(Actor actor, GrantApplication application) {
        if (actor.has(Role.APPLICANT) && application.involves(actor.organisationId())) {
            return true;
        }
        if (application.getStatus() == ApplicationStatus.DRAFT) {
            return false;
        }
        if (actor.has(Role.PROGRAMME_MANAGER) || actor.has(Role.FINANCE)) {
            return true;
        }
        return actor.has(Role.EVALUATOR) && evaluatorMayRead(actor.username(), application);
    }

    /**
     * True when the evaluator may be given this application at all: not tied to the coordinator or
     * a partner and not having declared a conflict with it. Assignment pages use it to exclude.
     */
    public boolean evaluatorIsImpartial(String evaluator, GrantApplication application) {
        return tieTo(evaluator, application) == null && standings(evaluator, application).noneMatch(Standing.CONFLICTED::equals);
    }

    /** The organisation of the application the evaluator is tied to (employer or affiliation), or null. */
    public String tieTo(String evaluator, GrantApplication application) {
        return tieTo(organisations.affiliationsOf(evaluator), application);
    }

    /** The coordinator or partner among these organisations, by name; null when none is. */
    static String tieTo(Set<Long> ties, GrantApplication application) {
        if (ties.contains(application.getCoordinator().getId())) {
            return application.getCoordinator().getName();
        }
        return application.getPartners().stream().map(ApplicationPartner::getOrganisation)
                .filter(partner -> ties.contains(partner.getId())).map(Organisation::getName)
                .findFirst().orElse(null);
    }

    private boolean evaluatorMayRead(String evaluator, GrantApplication application) {
        if (tieTo(evaluator, application) != null) {
            return false;
        }
        List<Standing> said = standings(evaluator, application).toList();
        return !said.contains(Standing.CONFLICTED) && said.contains(Standing.ASSIGNED);
    }

    private java.util.stream.Stream<Standing> standings(String evaluator, GrantApplication application) {
        return StreamSupport.stream(standings.spliterator(), false).map(area -> area.of(evaluator, application));
    }
}
