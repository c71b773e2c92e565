package org.anslag.followup;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.anslag.application.GrantApplication;
import org.anslag.budget.BudgetEntry;
import org.anslag.budget.Budgets;
import org.anslag.organisation.Organisation;
import org.anslag.shared.RuleViolation;

/**
 * A grant's spending against its approved budget, per partner organisation and cost category.
 * A period counts with its newest version only: a report sent back was replaced, not added to.
 * Callers check access; finance reads the figures from here too.
 */
@Stateless
public class Spending {

    private static final String NEWEST_VERSIONS = """
            select s from SpendingLine s where s.report.application.id = :application
            and s.report.revision = (select max(r.revision) from ProgressReport r
                where r.application = s.report.application and r.periodNumber = s.report.periodNumber)""";

    @PersistenceContext
    EntityManager em;
    @EJB
    Budgets budgets;

    /** The approved budget's total cost per heading over all years, in the budget's order. */
    public Map<CostHeading, BigDecimal> approvedBudget(Long applicationId) {
        return budgets.ofApplication(applicationId).entries().stream().collect(Collectors.toMap(
                entry -> new CostHeading(entry.organisationId(), entry.category()), BudgetEntry::cost,
                BigDecimal::add, LinkedHashMap::new));
    }

    /** Spent per heading over every reported period, each with its newest version. */
    public Map<CostHeading, BigDecimal> spentToDate(Long applicationId) {
        return spentUpTo(applicationId, Integer.MAX_VALUE);
    }

    /** Spent per heading in periods 1 to {@code period}, each with its newest version. */
    public Map<CostHeading, BigDecimal> spentUpTo(Long applicationId, int period) {
        return em.createQuery(NEWEST_VERSIONS, SpendingLine.class).setParameter("application", applicationId)
                .getResultStream().filter(line -> line.getReport().getPeriodNumber() <= period)
                .collect(Collectors.toMap(SpendingLine::heading, SpendingLine::getAmount, BigDecimal::add, LinkedHashMap::new));
    }

    /** What each heading of the approved budget is measured against in the report for {@code period}. */
    public List<SpendingBasis> basisFor(GrantApplication application, int period) {
        Map<CostHeading, BigDecimal> before = spentUpTo(application.getId(), period - 1);
        int periods = application.getCall().reportsRequired();
        return approvedBudget(application.getId()).entrySet().stream()
                .map(approved -> new SpendingBasis(approved.getKey(), nameOf(approved.getKey().organisationId()),
                        approved.getValue(), before.getOrDefault(approved.getKey(), BigDecimal.ZERO), period, periods))
                .toList();
    }

    /**
     * Puts the report's spending on it: a line for every heading of the approved budget, each
     * checked. No entries at all is a report without spending (as before spending was asked for).
     * Called by {@link FollowUps#submit} within its transaction.
     */
    public void record(ProgressReport report, List<SpendingEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Map<CostHeading, SpendingEntry> typed = entries.stream()
                .collect(Collectors.toMap(SpendingEntry::heading, entry -> entry, (first, second) -> {
                    throw new RuleViolation("spending", "spending.twice", nameOf(first.organisationId()), first.category());
                }));
        for (SpendingBasis basis : basisFor(report.getApplication(), report.getPeriodNumber())) {
            SpendingEntry entry = typed.remove(basis.heading());
            basis.check(entry == null ? new SpendingEntry(basis.heading().organisationId(), basis.heading().category(), null, null)
                    : entry);
            report.spend(entry);
        }
        typed.values().stream().findFirst().ifPresent(stray -> {
            throw new RuleViolation("spending", "spending.notInBudget", nameOf(stray.organisationId()), stray.category());
        });
    }

    /** A report's spending line by line, against the budget and the earlier periods. */
    public List<SpendingFigures> figuresOf(ProgressReport report) {
        Map<CostHeading, SpendingLine> lines = report.getSpending().stream()
                .collect(Collectors.toMap(SpendingLine::heading, line -> line, (a, b) -> a, LinkedHashMap::new));
        return basisFor(report.getApplication(), report.getPeriodNumber()).stream().map(basis -> {
            SpendingLine line = lines.get(basis.heading());
            BigDecimal amount = line == null ? null : line.getAmount();
            return new SpendingFigures(basis.heading(), basis.organisationName(), amount, basis.deviation(amount),
                    line == null ? null : line.getExplanation());
        }).toList();
    }

    private String nameOf(Long organisationId) {
        Organisation organisation = organisationId == null ? null : em.find(Organisation.class, organisationId);
        return organisation == null ? "?" : organisation.getName();
    }
}
