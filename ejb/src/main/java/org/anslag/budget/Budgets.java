package org.anslag.budget;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.anslag.application.ApplicationPartner;
import org.anslag.application.Applications;
import org.anslag.application.GrantApplication;
import org.anslag.audit.AuditLog;
import org.anslag.shared.Actor;

/** Reading and replacing a draft's budget; the grant asked for follows the budget. */
@Stateless
public class Budgets {

    @PersistenceContext
    EntityManager em;
    @Inject
    AuditLog audit;
    @EJB
    Applications applications;

    public Budget of(Actor actor, Long applicationId) {
        applications.view(actor, applicationId);
        return ofApplication(applicationId);
    }

    /** For the checklist and the submitted version, after the caller has checked access. */
    public Budget ofApplication(Long applicationId) {
        return new Budget(em.createQuery("select b from BudgetLine b where b.applicationId = :application order by b.position",
                BudgetLine.class).setParameter("application", applicationId).getResultList().stream()
                .map(BudgetLine::entry).toList());
    }

    /** Replaces the draft's lines; the application's requested amount becomes the budget's grant. */
    public Budget save(Actor actor, Long applicationId, List<BudgetEntry> entries) {
        GrantApplication draft = applications.lockedDraftOf(actor, applicationId);
        Budget budget = new Budget(entries);
        var programme = draft.getCall().getProgramme();
        budget.check(organisationsOf(draft), programme.getStartsOn().getYear(), programme.getEndsOn().getYear());
        em.createQuery("delete from BudgetLine b where b.applicationId = :application")
                .setParameter("application", applicationId).executeUpdate();
        List<BudgetEntry> lines = new ArrayList<>(budget.entries());
        for (int position = 0; position < lines.size(); position++) {
            em.persist(new BudgetLine(applicationId, position, lines.get(position)));
        }
        applications.takeRequestedAmountFromBudget(draft, budget.grantRequested());
        audit.record(actor.username(), "BUDGET", "application:" + draft.getNumber(),
                lines.size() + " lines, cost " + budget.totalCost() + ", co-funding " + budget.totalCoFunding());
        return budget;
    }

    /**
     * Replaces a running grant's approved budget with the one an approved change request proposed,
     * after the same checks as a draft's; the grant asked for stays what was decided.
     */
    public Budget replaceApproved(GrantApplication application, List<BudgetEntry> entries) {
        Budget budget = checked(application, entries);
        em.createQuery("delete from BudgetLine b where b.applicationId = :application")
                .setParameter("application", application.getId()).executeUpdate();
        for (int position = 0; position < entries.size(); position++) {
            em.persist(new BudgetLine(application.getId(), position, entries.get(position)));
        }
        return budget;
    }

    /** A replaced partner's lines pass to the partner who takes its place. */
    public void reassign(Long applicationId, Long fromOrganisationId, Long toOrganisationId) {
        em.createQuery("""
                update BudgetLine b set b.organisationId = :to
                where b.applicationId = :application and b.organisationId = :from""")
                .setParameter("to", toOrganisationId).setParameter("from", fromOrganisationId)
                .setParameter("application", applicationId).executeUpdate();
    }

    /** Checks a proposed budget of a running grant as a draft's is checked, without saving it. */
    public Budget checked(GrantApplication application, List<BudgetEntry> entries) {
        Budget budget = new Budget(entries);
        var programme = application.getCall().getProgramme();
        budget.check(organisationsOf(application), programme.getStartsOn().getYear(), programme.getEndsOn().getYear());
        return budget;
    }

    static Set<Long> organisationsOf(GrantApplication application) {
        Set<Long> ids = new HashSet<>();
        ids.add(application.getCoordinator().getId());
        application.getPartners().stream().map(ApplicationPartner::getOrganisation).forEach(o -> ids.add(o.getId()));
        return ids;
    }
}
