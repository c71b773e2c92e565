package org.anslag.award;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import java.math.BigDecimal;
import java.time.Instant;
import org.anslag.application.GrantApplication;
import org.anslag.shared.RuleViolation;

/** The decision on one application: granted with an amount, or rejected. */
@Entity
public class FundingDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @OneToOne(optional = false)
    @JoinColumn(name = "application_id")
    private GrantApplication application;
    private boolean granted;
    private BigDecimal grantedAmount;
    private String justification;
    private String decidedBy;
    private Instant decidedAt;
    private boolean awaitingApproval;
    private String approvedBy;
    private Instant approvedAt;
    private String letterLanguage = "sv";

    protected FundingDecision() {
    }

    /**
     * A grant must be positive, no more than was requested and fit in what is left of the call's
     * budget; a rejection grants nothing.
     */
    public static FundingDecision grant(GrantApplication application, BigDecimal amount, BigDecimal remainingBudget,
                                        String justification, String decidedBy, Instant decidedAt) {
        if (amount == null || amount.signum() <= 0) {
            throw new RuleViolation("grantedAmount", "validation.positiveAmount");
        }
        if (amount.compareTo(application.getRequestedAmount()) > 0) {
            throw new RuleViolation("grantedAmount", "decision.aboveRequest", application.getRequestedAmount());
        }
        if (amount.compareTo(remainingBudget) > 0) {
            throw new RuleViolation("grantedAmount", "decision.aboveRemainingBudget", remainingBudget);
        }
        return new FundingDecision(application, true, amount, justification, decidedBy, decidedAt);
    }

    public static FundingDecision reject(GrantApplication application, String justification, String decidedBy,
                                         Instant decidedAt) {
        if (justification == null || justification.isBlank()) {
            throw new RuleViolation("justification", "decision.justificationRequired");
        }
        return new FundingDecision(application, false, BigDecimal.ZERO, justification, decidedBy, decidedAt);
    }

    private FundingDecision(GrantApplication application, boolean granted, BigDecimal grantedAmount,
                            String justification, String decidedBy, Instant decidedAt) {
        this.application = application;
        this.granted = granted;
        this.grantedAmount = grantedAmount;
        this.justification = justification == null ? null : justification.strip();
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    /** The grant waits for a second manager; its amount is already held from the call's budget. */
    void awaitApproval(String language) {
        this.awaitingApproval = true;
        this.letterLanguage = language;
    }

    /** Four eyes: the approver must be another manager than the one who decided. */
    void approve(String manager, Instant at) {
        if (!awaitingApproval) {
            throw new RuleViolation("approval", "approval.notAwaiting");
        }
        if (manager.equals(decidedBy)) {
            throw new RuleViolation("approval", "approval.sameManager");
        }
        this.awaitingApproval = false;
        this.approvedBy = manager;
        this.approvedAt = at;
    }

    public Long getId() {
        return id;
    }

    public boolean isAwaitingApproval() {
        return awaitingApproval;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public String getLetterLanguage() {
        return letterLanguage;
    }

    public GrantApplication getApplication() {
        return application;
    }

    public boolean isGranted() {
        return granted;
    }

    public BigDecimal getGrantedAmount() {
        return grantedAmount;
    }

    public String getJustification() {
        return justification;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
