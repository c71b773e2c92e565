package org.anslag.review;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.anslag.application.GrantApplication;
import org.anslag.shared.RuleViolation;

/**
 * The manager's eligibility decision next to what the rules proposed. Overriding the proposal
 * needs a reason, and so does finding an application ineligible when no rule says so.
 */
@Entity
public class EligibilityCheck {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @OneToOne
    @JoinColumn(name = "application_id")
    private GrantApplication application;
    private boolean proposedEligible;
    private String reasons;
    private boolean eligible;
    private String note;
    private String decidedBy;
    private Instant decidedAt;

    protected EligibilityCheck() {
    }

    EligibilityCheck(GrantApplication application, boolean proposedEligible, List<String> reasons, boolean eligible,
                     String note, String decidedBy, Instant decidedAt) {
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (eligible != proposedEligible && cleanNote == null) {
            throw new RuleViolation("note", "eligibility.overrideNeedsReason");
        }
        this.application = application;
        this.proposedEligible = proposedEligible;
        this.reasons = String.join(",", reasons);
        this.eligible = eligible;
        this.note = cleanNote;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    /** Reason codes from the comma-separated form the process carries. */
    public static List<String> reasonsFrom(String codes) {
        return codes == null || codes.isBlank() ? List.of() : Arrays.stream(codes.split(",")).map(String::strip).toList();
    }

    public boolean isOverride() {
        return eligible != proposedEligible;
    }

    public GrantApplication getApplication() {
        return application;
    }

    public boolean isProposedEligible() {
        return proposedEligible;
    }

    public List<String> getReasons() {
        return reasonsFrom(reasons);
    }

    public boolean isEligible() {
        return eligible;
    }

    public String getNote() {
        return note;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
