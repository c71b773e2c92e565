package org.anslag.web.budget;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anslag.budget.Budget;
import org.anslag.budget.BudgetEntry;
import org.anslag.budget.Budgets;
import org.anslag.budget.CostCategory;
import org.anslag.organisation.Organisation;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.Feedback;

/** A draft's budget lines, with totals and the call's rules shown while the applicant types. */
@Named
@ViewScoped
public class EditBudget extends org.anslag.web.shared.DraftPart {

    private static final long serialVersionUID = 1L;

    /** One editable line. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long organisationId;
        private Integer year;
        private CostCategory category = CostCategory.PERSONNEL;
        private BigDecimal cost;
        private BigDecimal coFunding;

        public static Row of(BudgetEntry entry) {
            Row row = new Row();
            row.organisationId = entry.organisationId();
            row.year = entry.year();
            row.category = entry.category();
            row.cost = entry.cost();
            row.coFunding = entry.coFunding();
            return row;
        }

        public BudgetEntry entry() {
            return new BudgetEntry(organisationId, year == null ? 0 : year, category, cost, coFunding);
        }

        public Long getOrganisationId() {
            return organisationId;
        }

        public void setOrganisationId(Long organisationId) {
            this.organisationId = organisationId;
        }

        public Integer getYear() {
            return year;
        }

        public void setYear(Integer year) {
            this.year = year;
        }

        public CostCategory getCategory() {
            return category;
        }

        public void setCategory(CostCategory category) {
            this.category = category;
        }

        public BigDecimal getCost() {
            return cost;
        }

        public void setCost(BigDecimal cost) {
            this.cost = cost;
        }

        public BigDecimal getCoFunding() {
            return coFunding;
        }

        public void setCoFunding(BigDecimal coFunding) {
            this.coFunding = coFunding;
        }
    }

    @EJB
    Budgets budgets;

    private final List<Row> rows = new ArrayList<>();

    public void load() {
        if (rows.isEmpty()) {
            budgets.of(currentUser.actor(), applicationId()).entries().forEach(entry -> rows.add(Row.of(entry)));
            if (rows.isEmpty() && isEditable()) {
                addRow();
            }
        }
    }

    public void addRow() {
        Row row = new Row();
        row.organisationId = getApplication().getCoordinator().getId();
        row.year = getApplication().getCall().getClosesAt().atZone(org.anslag.shared.Clocks.STOCKHOLM).getYear();
        rows.add(row);
    }

    public void removeRow(int index) {
        rows.remove(index);
    }

    public String save() {
        try {
            budgets.save(currentUser.actor(), applicationId(), entries());
            Feedback.info("budget.saved");
            return "/application/budget.xhtml?faces-redirect=true&number=" + number;
        } catch (RuleViolation violation) {
            Feedback.show("budget", violation);
            return null;
        }
    }

    /** The totals of what is typed now, counting blank amounts as zero. */
    public Budget getTyped() {
        return new Budget(rows.stream().filter(r -> r.organisationId != null).map(r -> new BudgetEntry(
                r.organisationId, r.year == null ? 0 : r.year, r.category, orZero(r.cost), orZero(r.coFunding))).toList());
    }

    public String getShare() {
        return percent(getTyped().coFundingShare()) + " %";
    }

    /** "7,14" in Swedish, "7.14" in English. */
    private static String percent(BigDecimal share) {
        return org.anslag.web.shared.Formats.formatScore(share,
                jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** Warnings about the call's rules, shown as the figures change; they block submission, not saving. */
    public List<String> getWarnings() {
        Budget typed = getTyped();
        var call = getApplication().getCall();
        List<String> warnings = new ArrayList<>();
        if (typed.grantRequested().compareTo(call.getMaxGrant()) > 0) {
            warnings.add(Feedback.text("budget.grantAboveMax", typed.grantRequested(), call.getMaxGrant()));
        }
        if (typed.coFundingShare().compareTo(call.getMinCoFundingShare()) < 0) {
            warnings.add(Feedback.text("budget.coFundingBelowMin", typed.coFundingShare().doubleValue(),
                    call.getMinCoFundingShare().doubleValue()));
        }
        return warnings;
    }

    public String getRules() {
        var call = getApplication().getCall();
        return Feedback.text("budget.rules", call.getMaxGrant(), call.getMinCoFundingShare().doubleValue());
    }

    public List<Organisation> getOrganisations() {
        List<Organisation> organisations = new ArrayList<>();
        organisations.add(getApplication().getCoordinator());
        getApplication().getPartners().forEach(p -> organisations.add(p.getOrganisation()));
        return organisations;
    }

    public String organisationName(Long id) {
        return getOrganisations().stream().filter(o -> o.getId().equals(id)).map(Organisation::getName).findFirst().orElse("");
    }

    public List<Map.Entry<Long, BigDecimal>> getCostByOrganisation() {
        return List.copyOf(getTyped().costByOrganisation().entrySet());
    }

    public CostCategory[] getCategories() {
        return CostCategory.values();
    }



    private List<BudgetEntry> entries() {
        return rows.stream().map(Row::entry).toList();
    }

    private static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }

    public List<Row> getRows() {
        return rows;
    }


}
