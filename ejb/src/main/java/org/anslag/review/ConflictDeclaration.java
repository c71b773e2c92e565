package org.anslag.review;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import org.anslag.application.GrantApplication;
import org.anslag.shared.RuleViolation;

/** What an evaluator declared about conflicts of interest before seeing an application's content. */
@Entity
public class ConflictDeclaration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne
    @JoinColumn(name = "application_id")
    private GrantApplication application;
    private String evaluator;
    private boolean conflict;
    private String description;
    private Instant declaredAt;

    protected ConflictDeclaration() {
    }

    /** A conflict must be described, so the manager can judge it; "none" needs no words. */
    ConflictDeclaration(GrantApplication application, String evaluator, boolean conflict, String description,
                        Instant declaredAt) {
        String text = description == null || description.isBlank() ? null : description.strip();
        if (conflict && text == null) {
            throw new RuleViolation("description", "conflict.describe");
        }
        this.application = application;
        this.evaluator = evaluator;
        this.conflict = conflict;
        this.description = text;
        this.declaredAt = declaredAt;
    }

    public GrantApplication getApplication() {
        return application;
    }

    public String getEvaluator() {
        return evaluator;
    }

    public boolean isConflict() {
        return conflict;
    }

    public String getDescription() {
        return description;
    }

    public Instant getDeclaredAt() {
        return declaredAt;
    }
}
