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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.anslag.shared.Actor;
import org.anslag.shared.Role;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person who signs in; applicants belong to exactly one organisation. */
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
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Set<Role> roles = new HashSet<>();

    protected UserAccount() {
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

    /** A municipality user who registered themselves: an applicant who cannot sign in until approved. */
    static UserAccount registered(String username, String passwordHash, String fullName, String email,
                                  Organisation municipality, java.time.Instant at) {
        UserAccount account = new UserAccount(username, passwordHash, fullName, email, municipality,
                EnumSet.of(Role.APPLICANT));
        account.active = false;
        account.registration = Registration.PENDING;
        account.registeredAt = at;
        return account;
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
