package org.anslag.application;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import org.anslag.shared.RuleViolation;
import org.anslag.organisation.Organisation;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A partner municipality listed on an application. */
@Entity
public class ApplicationPartner {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private PartnerConfirmation confirmation = PartnerConfirmation.PENDING;
    private Instant respondBy;
    private String answeredBy;
    private Instant answeredAt;
    private String answerComment;

    protected ApplicationPartner() {
    }

    ApplicationPartner(Organisation organisation, Instant respondBy) {
        this.organisation = organisation;
        this.respondBy = respondBy;
    }

    void answer(boolean confirmed, String by, Instant at, String comment) {
        if (confirmation != PartnerConfirmation.PENDING) {
            throw new RuleViolation("answer", "partner.alreadyAnswered");
        }
        if (!confirmed && (comment == null || comment.isBlank())) {
            throw new RuleViolation("comment", "partner.declineNeedsReason");
        }
        this.confirmation = confirmed ? PartnerConfirmation.CONFIRMED : PartnerConfirmation.DECLINED;
        this.answeredBy = by;
        this.answeredAt = at;
        this.answerComment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    void lapse() {
        if (confirmation == PartnerConfirmation.PENDING) {
            this.confirmation = PartnerConfirmation.LAPSED;
        }
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public PartnerConfirmation getConfirmation() {
        return confirmation;
    }

    public Instant getRespondBy() {
        return respondBy;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getAnswerComment() {
        return answerComment;
    }
}
