package org.anslag.organisation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.anslag.shared.Actor;
import org.anslag.shared.Role;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A person who signs in; applicants belong to exactly one organisation. The organisation is the
 * employer; evaluators may also declare affiliations, other organisations they work for or have
 * ties with, and are kept away from applications any of them takes part in.
 */
@Entity
@Table(name = "app_user")
public class UserAccount {

    @Id
    private String username;
    private String passwordHash;
    private String fullName;
    private String email;
    @ManyToOne
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;
    private boolean active = true;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Registration registration;
    private java.time.Instant registeredAt;
    private String decisionNote;
    private String ssoIssuer;
    private String ssoSubject;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Set<Role> roles = new HashSet<>();
    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "user_affiliation", joinColumns = @JoinColumn(name = "username"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    private Set<Organisation> affiliations = new HashSet<>();

    protected UserAccount() {
    }

    /** Whether a staff sign-in linked this account to a provider user other than this one. */
    boolean isLinkedToAnotherThan(String issuer, String subject) {
        return ssoSubject != null && !(ssoIssuer.equals(issuer) && ssoSubject.equals(subject));
    }

    /** Links the account to the provider user who signed in with its address. */
    void linkTo(String issuer, String subject) {
        ssoIssuer = issuer;
        ssoSubject = subject;
    }

    boolean isLinked() {
        return ssoSubject != null;
    }

    public UserAccount(String username, String passwordHash, String fullName, String email,
                       Organisation organisation, Set<Role> roles) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.fullName = fullName;
        this.email = email;
        this.organisation = organisation;
        this.roles = roles.isEmpty() ? new HashSet<>() : EnumSet.copyOf(roles);
    }

    /**
     * A municipality user who registered themselves: an applicant who cannot sign in, and whom no
     * administrator sees, until the e-mail address is confirmed; then until approved.
     */
    static UserAccount registered(String username, String passwordHash, String fullName, String email,
                                  Organisation municipality, java.time.Instant at) {
        UserAccount account = new UserAccount(username, passwordHash, fullName, email, municipality,
                EnumSet.of(Role.APPLICANT));
        account.active = false;
        account.registration = Registration.UNVERIFIED;
        account.registeredAt = at;
        return account;
    }

    /** The registrant followed the link sent to the address: the request now waits for an administrator. */
    void confirmEmail() {
        if (registration != Registration.UNVERIFIED) {
            throw new org.anslag.shared.RuleViolation("token", "registration.alreadyConfirmed");
        }
        this.registration = Registration.PENDING;
    }

    void approve() {
        requirePending();
        this.registration = Registration.APPROVED;
        this.active = true;
    }

    void reject(String note) {
        requirePending();
        if (note == null || note.isBlank()) {
            throw new org.anslag.shared.RuleViolation("note", "validation.required");
        }
        this.registration = Registration.REJECTED;
        this.decisionNote = note.strip();
    }

    void deactivate() {
        if (!active) {
            throw new org.anslag.shared.RuleViolation("active", "users.alreadyInactive");
        }
        this.active = false;
    }

    /** Only an account that was once allowed in: a registration still waiting or refused stays with its own page. */
    void reactivate() {
        if (active) {
            throw new org.anslag.shared.RuleViolation("active", "users.alreadyActive");
        }
        if (registration != null && registration != Registration.APPROVED) {
            throw new org.anslag.shared.RuleViolation("active", "users.registrationOpen");
        }
        this.active = true;
    }

    /** New roles and employer; an applicant always belongs to an organisation. */
    void assign(Set<Role> newRoles, Organisation employer) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new org.anslag.shared.RuleViolation("roles", "users.chooseRole");
        }
        if (newRoles.contains(Role.APPLICANT) && employer == null) {
            throw new org.anslag.shared.RuleViolation("organisation", "invitation.applicantNeedsOrganisation");
        }
        this.roles = EnumSet.copyOf(newRoles);
        this.organisation = employer;
    }

    void declareAffiliations(Collection<Organisation> organisations) {
        this.affiliations = new HashSet<>(organisations);
    }

    void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    String passwordHash() {
        return passwordHash;
    }

    /** The employer and every declared affiliation, by id. */
    public Set<Long> affiliationIds() {
        Set<Long> ids = new LinkedHashSet<>();
        if (organisation != null) {
            ids.add(organisation.getId());
        }
        affiliations.forEach(affiliation -> ids.add(affiliation.getId()));
        return ids;
    }

    /** The employer first, then the other affiliations by name. */
    public List<Organisation> getAffiliationsWithEmployer() {
        return Stream.concat(Stream.ofNullable(organisation), affiliations.stream()
                        .filter(affiliation -> organisation == null || !affiliation.getId().equals(organisation.getId()))
                        .sorted(Comparator.comparing(Organisation::getName)))
                .toList();
    }

    /** "Timrå kommun (2262), Härnösands kommun (2280)": employer first, as pages show them. */
    public String getAffiliationNames() {
        return String.join(", ", getAffiliationsWithEmployer().stream().map(Organisation::getLabel).toList());
    }

    /** The declared affiliations besides the employer. */
    public Set<Organisation> getAffiliations() {
        return Set.copyOf(affiliations);
    }

    private void requirePending() {
        if (registration != Registration.PENDING) {
            throw new org.anslag.shared.RuleViolation("registration", "registration.notPending");
        }
    }

    public Registration getRegistration() {
        return registration;
    }

    public java.time.Instant getRegisteredAt() {
        return registeredAt;
    }

    public Actor asActor() {
        return new Actor(username, organisation == null ? null : organisation.getId(), roles);
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public boolean isActive() {
        return active;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }
}
