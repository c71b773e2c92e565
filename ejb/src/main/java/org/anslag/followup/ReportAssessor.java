package org.anslag.followup;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import org.anslag.application.GrantApplication;

/** An evaluator assigned to assess one funded project's progress reports. */
@Entity
public class ReportAssessor {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "application_id")
    private GrantApplication application;
    private String evaluator;
    private String assignedBy;
    private Instant assignedAt;

    protected ReportAssessor() {
    }

    ReportAssessor(GrantApplication application, String evaluator, String assignedBy, Instant assignedAt) {
        this.application = application;
        this.evaluator = evaluator;
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
    }

    public String getEvaluator() {
        return evaluator;
    }

    public String getAssignedBy() {
        return assignedBy;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }
}
