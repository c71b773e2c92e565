package org.anslag.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.anslag.shared.Role;
import org.anslag.shared.RuleViolation;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An administrator's invitation to one person, in one role, with their organisation (required for
 * applicants) and, for evaluators, their other affiliations.
 * The e-mailed link carries a random token; only its hash is stored, so the table alone opens nothing.
 */
@Entity
public class Invitation implements Serializable {

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
    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "invitation_affiliation", joinColumns = @JoinColumn(name = "invitation_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    private Set<Organisation> affiliations = new HashSet<>();
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
               Collection<Organisation> affiliations, String invitedBy, Instant at) {
        this.tokenHash = tokenHash;
        this.fullName = fullName;
        this.email = email;
        this.role = role;
        this.organisation = organisation;
        this.affiliations = new HashSet<>(affiliations);
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
        UserAccount account = new UserAccount(username, passwordHash, fullName, email, organisation, EnumSet.of(role));
        account.declareAffiliations(affiliations);
        return account;
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

    public Set<Organisation> getAffiliations() {
        return Set.copyOf(affiliations);
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
