package org.anslag.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.anslag.shared.Role;
import org.anslag.shared.RuleViolation;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An administrator's invitation to one person, in one role (and, for applicants, one organisation).
 * The e-mailed link carries a random token; only its hash is stored, so the table alone opens nothing.
 */
@Entity
public class Invitation {

    /** Long enough for a colleague back from a week away; short enough that old mails go stale. */
    static final Duration VALID_FOR = Duration.ofDays(14);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String tokenHash;
    private String fullName;
    private String email;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Role role;
    @ManyToOne
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;
    private String invitedBy;
    private Instant invitedAt;
    private Instant expiresAt;
    private Instant acceptedAt;
    private String acceptedAs;
    private Instant revokedAt;
    @Version
    private long version;

    protected Invitation() {
    }

    Invitation(String tokenHash, String fullName, String email, Role role, Organisation organisation,
               String invitedBy, Instant at) {
        this.tokenHash = tokenHash;
        this.fullName = fullName;
        this.email = email;
        this.role = role;
        this.organisation = organisation;
        this.invitedBy = invitedBy;
        this.invitedAt = at;
        this.expiresAt = at.plus(VALID_FOR);
    }

    /** Whether the link still works at this instant. */
    public boolean isOpen(Instant now) {
        return acceptedAt == null && revokedAt == null && now.isBefore(expiresAt);
    }

    /** The account the invitee gets: active at once, since an administrator vouched for them. */
    UserAccount accept(String username, String passwordHash, Instant now) {
        requireOpen(now);
        this.acceptedAt = now;
        this.acceptedAs = username;
        return new UserAccount(username, passwordHash, fullName, email, organisation, EnumSet.of(role));
    }

    void revoke(Instant now) {
        requireOpen(now);
        this.revokedAt = now;
    }

    /** A new link for the same person; the old link stops working. */
    void renew(String newTokenHash, Instant now) {
        if (acceptedAt != null) {
            throw new RuleViolation("invitation", "invitation.alreadyAccepted");
        }
        this.tokenHash = newTokenHash;
        this.revokedAt = null;
        this.invitedAt = now;
        this.expiresAt = now.plus(VALID_FOR);
    }

    void requireOpen(Instant now) {
        if (acceptedAt != null) {
            throw new RuleViolation("invitation", "invitation.alreadyAccepted");
        }
        if (revokedAt != null) {
            throw new RuleViolation("invitation", "invitation.revoked");
        }
        if (!now.isBefore(expiresAt)) {
            throw new RuleViolation("invitation", "invitation.expired");
        }
    }

    public Long getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public Role getRole() {
        return role;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getInvitedBy() {
        return invitedBy;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public String getAcceptedAs() {
        return acceptedAs;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
