package org.anslag.web.change;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.anslag.budget.Budget;
import org.anslag.budget.BudgetEntry;
import org.anslag.budget.Budgets;
import org.anslag.budget.CostCategory;
import org.anslag.change.ChangeRequest;
import org.anslag.change.ChangeRequests;
import org.anslag.change.Reallocation;
import org.anslag.followup.ReportingSchedule;
import org.anslag.organisation.Organisation;
import org.anslag.organisation.Organisations;
import org.anslag.shared.RuleViolation;
import org.anslag.web.budget.EditBudget.Row;
import org.anslag.web.organisation.OrganisationChoice;
import org.anslag.web.shared.ApplicationStep;
import org.anslag.web.shared.Feedback;
import org.anslag.web.shared.PerRequest;

/**
 * The coordinator asks for a change of a running grant: a later end date, a reallocated budget
 * (a copy of the approved lines, edited) or a new partner municipality. Each has its own form.
 */
@Named
@ViewScoped
public class RequestChange extends ApplicationStep {

    private static final long serialVersionUID = 1L;

    @EJB
    ChangeRequests changes;
    @EJB
    Budgets budgets;
    @EJB
    ReportingSchedule schedule;
    @EJB
    Organisations organisations;

    private LocalDate newEnd;
    private String extensionJustification;
    private final List<Row> rows = new ArrayList<>();
    private String reallocationJustification;
    private final OrganisationChoice newPartner = new OrganisationChoice();
    private Long replacedPartnerId;
    private String partnerJustification;
    private final PerRequest<Budget> approved = new PerRequest<>();

    public void load() {
        changes.requestable(currentUser.actor(), number);
        if (rows.isEmpty()) {
            getApproved().entries().forEach(entry -> rows.add(Row.of(entry)));
        }
    }

    public String requestExtension() {
        return ask("extension", () -> changes.requestExtension(currentUser.actor(), number, newEnd, extensionJustification));
    }

    public String requestReallocation() {
        return ask("reallocation", () -> changes.requestReallocation(currentUser.actor(), number,
                rows.stream().map(Row::entry).toList(), reallocationJustification));
    }

    public String requestPartner() {
        return ask("partnerChange", () -> changes.requestPartner(currentUser.actor(), number, newPartner.id(), replacedPartnerId,
                partnerJustification));
    }

    private String ask(String form, java.util.function.Supplier<ChangeRequest> request) {
        try {
            request.get();
            Feedback.info("change.requested", number);
            return "/application/application.xhtml?faces-redirect=true&number=" + number;
        } catch (RuleViolation violation) {
            Feedback.show(form, violation);
            return null;
        }
    }

    public void addRow() {
        Row row = Row.of(new BudgetEntry(getApplication().getCoordinator().getId(),
                getCurrentEnd() == null ? LocalDate.now().getYear() : getCurrentEnd().getYear(),
                CostCategory.PERSONNEL, null, null));
        rows.add(row);
    }

    public void removeRow(int index) {
        rows.remove(index);
    }

    public Budget getApproved() {
        return approved.get(() -> budgets.ofApplication(getApplication().getId()));
    }

    /** What is typed now, blank amounts as zero, against the approved budget. */
    public Reallocation getTyped() {
        return new Reallocation(getApproved(), new Budget(rows.stream().filter(row -> row.getOrganisationId() != null)
                .map(row -> new BudgetEntry(row.getOrganisationId(), row.getYear() == null ? 0 : row.getYear(),
                        row.getCategory(), orZero(row.getCost()), orZero(row.getCoFunding()))).toList()));
    }

    /** True while the typed budget asks for more grant than the approved one. */
    public boolean isGrantRising() {
        Reallocation typed = getTyped();
        return typed.after().grantRequested().compareTo(typed.before().grantRequested()) > 0;
    }

    public LocalDate getCurrentEnd() {
        return schedule.endOf(getApplication().getId()).orElse(null);
    }

    public List<ChangeRequest> getOpenRequests() {
        return changes.ofApplication(currentUser.actor(), getApplication().getId()).stream()
                .filter(request -> request.getStatus().isOpen()).toList();
    }

    public List<Organisation> getOrganisations() {
        List<Organisation> organisations = new ArrayList<>();
        organisations.add(getApplication().getCoordinator());
        getApplication().getPartners().forEach(p -> organisations.add(p.getOrganisation()));
        return organisations;
    }

    public List<Organisation> getPartners() {
        return changes.partnersOf(getApplication());
    }

    /** The municipality chosen in the picker, kept as its id; one already in the grant is refused on sending. */
    public Organisation getNewPartner() {
        return newPartner.get();
    }

    public void setNewPartner(Organisation partner) {
        newPartner.set(partner);
    }

    public String organisationName(Long id) {
        return organisations.get(id).getName();
    }

    public CostCategory[] getCategories() {
        return CostCategory.values();
    }

    private static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }

    public List<Row> getRows() {
        return rows;
    }

    public LocalDate getNewEnd() {
        return newEnd;
    }

    public void setNewEnd(LocalDate newEnd) {
        this.newEnd = newEnd;
    }

    public String getExtensionJustification() {
        return extensionJustification;
    }

    public void setExtensionJustification(String extensionJustification) {
        this.extensionJustification = extensionJustification;
    }

    public String getReallocationJustification() {
        return reallocationJustification;
    }

    public void setReallocationJustification(String reallocationJustification) {
        this.reallocationJustification = reallocationJustification;
    }

    public Long getReplacedPartnerId() {
        return replacedPartnerId;
    }

    public void setReplacedPartnerId(Long replacedPartnerId) {
        this.replacedPartnerId = replacedPartnerId;
    }

    public String getPartnerJustification() {
        return partnerJustification;
    }

    public void setPartnerJustification(String partnerJustification) {
        this.partnerJustification = partnerJustification;
    }
}
