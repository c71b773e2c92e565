package org.anslag.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.anslag.shared.RuleViolation;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A single-use link e-mailed to an account's address: a password reset or the confirmation of a
 * registrant's address. Only the token's SHA-256 is stored, so the table alone opens nothing.
 */
@Entity
@Table(name = "account_token")
public class AccountToken {

    /** What the link does, and how long it works. */
    public enum Purpose {
        PASSWORD_RESET(Duration.ofHours(1)), EMAIL_CONFIRMATION(Duration.ofHours(24));

        final Duration validFor;

        Purpose(Duration validFor) {
            this.validFor = validFor;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Purpose purpose;
    private String tokenHash;
    @ManyToOne
    @JoinColumn(name = "username")
    private UserAccount account;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant usedAt;

    protected AccountToken() {
    }

    AccountToken(Purpose purpose, String tokenHash, UserAccount account, Instant now) {
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.account = account;
        this.createdAt = now;
        this.expiresAt = now.plus(purpose.validFor);
    }

    /** Uses the link up; a used or expired link refuses, naming why. */
    UserAccount use(Instant now) {
        if (usedAt != null) {
            throw new RuleViolation("token", "token.used");
        }
        if (!now.isBefore(expiresAt)) {
            throw new RuleViolation("token", "token.expired");
        }
        this.usedAt = now;
        return account;
    }

    Long getId() {
        return id;
    }

    public boolean isOpen(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public UserAccount getAccount() {
        return account;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
