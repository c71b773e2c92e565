package org.anslag.award;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import org.anslag.application.GrantApplication;
import org.anslag.shared.RuleViolation;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The agreement the coordinating municipality accepts before it expires. */
@Entity
public class GrantAgreement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @OneToOne(optional = false)
    @JoinColumn(name = "application_id")
    private GrantApplication application;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private AgreementStatus status = AgreementStatus.PENDING;
    private Instant expiresAt;
    private String acceptedBy;
    private Instant acceptedAt;
    @Version
    private long version;

    protected GrantAgreement() {
    }

    GrantAgreement(GrantApplication application, Instant expiresAt) {
        this.application = application;
        this.expiresAt = expiresAt;
    }

    void accept(String username, Instant now) {
        if (status != AgreementStatus.PENDING) {
            throw new RuleViolation("accept", "agreement.notPending");
        }
        if (!now.isBefore(expiresAt)) {
            throw new RuleViolation("accept", "agreement.expired", expiresAt);
        }
        this.status = AgreementStatus.ACCEPTED;
        this.acceptedBy = username;
        this.acceptedAt = now;
    }

    /** Returns false when the agreement was accepted meanwhile (a late timer must not undo it). */
    boolean lapse() {
        if (status != AgreementStatus.PENDING) {
            return false;
        }
        this.status = AgreementStatus.LAPSED;
        return true;
    }

    public GrantApplication getApplication() {
        return application;
    }

    public AgreementStatus getStatus() {
        return status;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public String getAcceptedBy() {
        return acceptedBy;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }
}
