package org.anslag.change;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.anslag.shared.RuleViolation;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A change the coordinator asks for while the grant runs, and what became of it. The amount at
 * stake decides whether a second manager must approve: the grant moved by a reallocation, the
 * grant still to be paid for an extension or a partner change.
 */
@Entity
public class ChangeRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long applicationId;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private ChangeKind kind;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private ChangeStatus status;
    /** "application id:kind" while open, null after: one open request of a kind per grant. */
    private String openKey;
    private String justification;
    private String requestedBy;
    private Instant requestedAt;
    private BigDecimal amountAtStake;
    private LocalDate currentEnd;
    private LocalDate newEnd;
    private Long partnerOrganisationId;
    private Long replacedOrganisationId;
    private String partnerAnsweredBy;
    private Instant partnerAnsweredAt;
    private String decidedBy;
    private Instant decidedAt;
    private String approvedBy;
    private Instant approvedAt;
    private String reason;
    @Version
    private long version;

    protected ChangeRequest() {
    }

    ChangeRequest(Long applicationId, ChangeKind kind, String justification, BigDecimal amountAtStake,
                  String requestedBy, Instant requestedAt) {
        if (justification == null || justification.isBlank()) {
            throw new RuleViolation("justification", "change.justificationRequired");
        }
        this.applicationId = applicationId;
        this.kind = kind;
        this.status = kind == ChangeKind.PARTNER ? ChangeStatus.AWAITING_PARTNER : ChangeStatus.AWAITING_DECISION;
        this.openKey = applicationId + ":" + kind;
        this.justification = justification.strip();
        this.amountAtStake = amountAtStake;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    void extendTo(LocalDate currentEnd, LocalDate newEnd) {
        this.currentEnd = currentEnd;
        this.newEnd = newEnd;
    }

    void withPartner(Long partnerOrganisationId, Long replacedOrganisationId) {
        this.partnerOrganisationId = partnerOrganisationId;
        this.replacedOrganisationId = replacedOrganisationId;
    }

    void partnerAnswered(boolean confirmed, String by, Instant at, String comment) {
        require(ChangeStatus.AWAITING_PARTNER);
        if (!confirmed && (comment == null || comment.isBlank())) {
            throw new RuleViolation("comment", "partner.declineNeedsReason");
        }
        this.partnerAnsweredBy = by;
        this.partnerAnsweredAt = at;
        if (confirmed) {
            this.status = ChangeStatus.AWAITING_DECISION;
        } else {
            this.reason = comment.strip();
            close(ChangeStatus.DECLINED_BY_PARTNER);
        }
    }

    /** The first manager's answer; an approval above the limit waits for a second manager. */
    void decide(boolean approved, boolean needsSecondApproval, String reasonGiven, String by, Instant at) {
        require(ChangeStatus.AWAITING_DECISION);
        String stripped = needsReason(approved, reasonGiven);
        this.decidedBy = by;
        this.decidedAt = at;
        this.reason = stripped;
        if (!approved) {
            close(ChangeStatus.REFUSED);
        } else if (needsSecondApproval) {
            this.status = ChangeStatus.AWAITING_SECOND_APPROVAL;
        } else {
            close(ChangeStatus.APPROVED);
        }
    }

    /** The second manager, never the first, approves or refuses. */
    void secondDecision(boolean approved, String reasonGiven, String by, Instant at) {
        require(ChangeStatus.AWAITING_SECOND_APPROVAL);
        if (by.equals(decidedBy)) {
            throw new RuleViolation("decision", "change.sameManager");
        }
        String stripped = needsReason(approved, reasonGiven);
        this.approvedBy = by;
        this.approvedAt = at;
        if (stripped != null) {
            this.reason = stripped;
        }
        close(approved ? ChangeStatus.APPROVED : ChangeStatus.REFUSED);
    }

    private static String needsReason(boolean approved, String reasonGiven) {
        if (!approved && (reasonGiven == null || reasonGiven.isBlank())) {
            throw new RuleViolation("reason", "change.refusalNeedsReason");
        }
        return reasonGiven == null || reasonGiven.isBlank() ? null : reasonGiven.strip();
    }

    private void require(ChangeStatus expected) {
        if (status != expected) {
            throw new RuleViolation("decision", "change.notAwaiting");
        }
    }

    private void close(ChangeStatus finalStatus) {
        this.status = finalStatus;
        this.openKey = null;
    }

    public Long getId() {
        return id;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public ChangeKind getKind() {
        return kind;
    }

    public ChangeStatus getStatus() {
        return status;
    }

    public String getJustification() {
        return justification;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public BigDecimal getAmountAtStake() {
        return amountAtStake;
    }

    public LocalDate getCurrentEnd() {
        return currentEnd;
    }

    public LocalDate getNewEnd() {
        return newEnd;
    }

    public Long getPartnerOrganisationId() {
        return partnerOrganisationId;
    }

    /** Null when the new partner joins beside the others. */
    public Long getReplacedOrganisationId() {
        return replacedOrganisationId;
    }

    public String getPartnerAnsweredBy() {
        return partnerAnsweredBy;
    }

    public Instant getPartnerAnsweredAt() {
        return partnerAnsweredAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    /** The refusal's reason, the partner's decline, or a note the approving manager left. */
    public String getReason() {
        return reason;
    }

    /** Who took the request to its end: the second manager if there was one. */
    public String getClosedBy() {
        return approvedBy != null ? approvedBy : decidedBy != null ? decidedBy : partnerAnsweredBy;
    }

    public Instant getClosedAt() {
        return approvedAt != null ? approvedAt : decidedAt != null ? decidedAt : partnerAnsweredAt;
    }
}
