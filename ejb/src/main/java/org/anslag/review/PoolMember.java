package org.anslag.review;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.anslag.call.Programme;
import org.anslag.organisation.UserAccount;

/** An evaluator in a programme's pool: internal staff or an external expert, with their fields. */
@Entity
@Table(name = "evaluator_pool_member")
public class PoolMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne
    @JoinColumn(name = "programme_id")
    private Programme programme;
    @ManyToOne
    @JoinColumn(name = "username")
    private UserAccount evaluator;
    private boolean external;
    private String expertise;
    private Instant addedAt;

    protected PoolMember() {
    }

    PoolMember(Programme programme, UserAccount evaluator, boolean external, String expertise, Instant addedAt) {
        this.programme = programme;
        this.evaluator = evaluator;
        this.external = external;
        this.expertise = expertise == null || expertise.isBlank() ? null : expertise.strip();
        this.addedAt = addedAt;
    }

    /**
     * Whether the evaluator works at or has declared ties with one of these organisations (employer
     * or affiliation), and so may not review the application.
     */
    public boolean worksAtAnyOf(java.util.Collection<Long> organisationIds) {
        return tieTo(organisationIds) != null;
    }

    /** The first of these organisations the evaluator is tied to, employer first; null when none. */
    public Long tieTo(java.util.Collection<Long> organisationIds) {
        return evaluator.affiliationIds().stream().filter(organisationIds::contains).findFirst().orElse(null);
    }

    public Long getId() {
        return id;
    }

    public Programme getProgramme() {
        return programme;
    }

    public UserAccount getEvaluator() {
        return evaluator;
    }

    public String getUsername() {
        return evaluator.getUsername();
    }

    public boolean isExternal() {
        return external;
    }

    public String getExpertise() {
        return expertise;
    }
}
