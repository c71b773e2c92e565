package org.anslag.application;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.anslag.call.FundingCall;
import org.anslag.organisation.Organisation;
import org.anslag.shared.RuleViolation;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An application by a coordinating municipality, with partner municipalities, to one call.
 * Its number (e.g. IH-2026-0042) is also the business key of its grant-application process.
 */
@Entity
public class GrantApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "application_number")
    private String number;
    @ManyToOne(optional = false)
    @JoinColumn(name = "call_id")
    private FundingCall call;
    @ManyToOne(optional = false)
    @JoinColumn(name = "coordinator_id")
    private Organisation coordinator;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private ApplicationStatus status = ApplicationStatus.DRAFT;
    private String title;
    private String summary;
    private BigDecimal requestedAmount;
    private String createdBy;
    private Instant createdAt;
    private Instant submittedAt;
    /** The registrar's case number, given when the application first arrives. */
    private String dnr;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "application_id", nullable = false)
    private List<ApplicationPartner> partners = new ArrayList<>();
    @Version
    private long version;

    protected GrantApplication() {
    }

    GrantApplication(String number, FundingCall call, Organisation coordinator, String title,
                     String createdBy, Instant createdAt) {
        this.number = number;
        this.call = call;
        this.coordinator = coordinator;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        retitle(title);
    }

    /** Files the case under its registration number; a case keeps the number it got first. */
    public void registerAs(String registrationNumber) {
        if (dnr == null) {
            dnr = registrationNumber;
        }
    }

    public String getDnr() {
        return dnr;
    }

    void retitle(String newTitle) {
        if (newTitle == null || newTitle.isBlank()) {
            throw new RuleViolation("title", "validation.required");
        }
        this.title = newTitle.trim();
    }

    /** Saves what the applicant typed; amounts are checked, completeness only on submission. */
    void edit(String newTitle, String newSummary, BigDecimal newRequestedAmount) {
        requireDraft();
        if (newRequestedAmount != null && newRequestedAmount.signum() <= 0) {
            throw new RuleViolation("requestedAmount", "validation.positiveAmount");
        }
        retitle(newTitle);
        this.summary = newSummary == null ? null : newSummary.strip();
        this.requestedAmount = newRequestedAmount;
    }

    /** Lists the partner, who must answer by {@code respondBy}; false when it was listed already. */
    boolean addPartner(Organisation partner, Instant respondBy) {
        requireDraft();
        if (partner.getId().equals(coordinator.getId())) {
            throw new RuleViolation("partner", "application.partnerIsCoordinator");
        }
        boolean listed = partners.stream().anyMatch(p -> p.getOrganisation().getId().equals(partner.getId()));
        if (!listed) {
            if (partners.size() >= call.getMaxPartners()) {
                throw new RuleViolation("partner", "application.tooManyPartners", call.getMaxPartners());
            }
            partners.add(new ApplicationPartner(partner, respondBy));
        }
        return !listed;
    }

    void removePartner(Long organisationId) {
        requireDraft();
        partners.removeIf(p -> p.getOrganisation().getId().equals(organisationId));
    }

    /**
     * An approved change request lets a partner join a running grant, in place of another or beside
     * the others; the partner has confirmed already, in the change request's own step.
     */
    void admitPartner(Organisation partner, Long replacedOrganisationId, String confirmedBy, Instant confirmedAt) {
        if (replacedOrganisationId != null) {
            partners.removeIf(p -> p.getOrganisation().getId().equals(replacedOrganisationId));
        }
        if (partners.stream().noneMatch(p -> p.getOrganisation().getId().equals(partner.getId()))) {
            ApplicationPartner admitted = new ApplicationPartner(partner, confirmedAt);
            admitted.answer(true, confirmedBy, confirmedAt, null);
            partners.add(admitted);
        }
    }

    /** The partner organisation's answer; only while the draft is open to changes. */
    ApplicationPartner partner(Long organisationId) {
        return partners.stream().filter(p -> p.getOrganisation().getId().equals(organisationId)).findFirst()
                .orElseThrow(() -> new org.anslag.shared.AccessDenied("organisation " + organisationId
                        + " is no partner of " + number));
    }

    /** Moves a complete draft to SUBMITTED if the call is still open at {@code now}. */
    void submit(Instant now) {
        requireDraft();
        if (!now.isBefore(call.submissionsCloseAt())) {
            throw new RuleViolation("submit", "application.deadlinePassed", call.getClosesAt());
        }
        if (now.isBefore(call.getOpensAt())) {
            throw new RuleViolation("submit", "application.callNotOpen", call.getOpensAt());
        }
        SubmissionChecklist.basics(this).stream().findFirst().ifPresent(item -> {
            throw new RuleViolation(item.field(), item.messageKey(), item.arguments().toArray());
        });
        this.status = ApplicationStatus.SUBMITTED;
        this.submittedAt = now;
    }

    void moveTo(ApplicationStatus next) {
        this.status = next;
    }

    void withdraw() {
        if (!status.isWithdrawable()) {
            throw new RuleViolation("withdraw", "application.notWithdrawable");
        }
        this.status = ApplicationStatus.WITHDRAWN;
    }

    /**
     * Retention: a draft never submitted and left untouched for the rule's period keeps its number
     * and call, and loses what its writers typed (the caller removes its answers and files).
     */
    public void eraseAsStaleDraft() {
        requireDraft();
        this.title = "Gallrat utkast";
        this.summary = null;
        this.createdBy = "gallrad";
        this.status = ApplicationStatus.ERASED;
    }

    private void requireDraft() {
        if (status != ApplicationStatus.DRAFT) {
            throw new RuleViolation("status", "application.notDraft");
        }
    }

    public boolean involves(Long organisationId) {
        return coordinator.getId().equals(organisationId)
                || partners.stream().anyMatch(p -> p.getOrganisation().getId().equals(organisationId));
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public FundingCall getCall() {
        return call;
    }

    public Organisation getCoordinator() {
        return coordinator;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public BigDecimal getRequestedAmount() {
        return requestedAmount;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public List<ApplicationPartner> getPartners() {
        return List.copyOf(partners);
    }

    public long getVersion() {
        return version;
    }
}
