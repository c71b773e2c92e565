package org.anslag.web.review;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anslag.review.ConflictDeclaration;
import org.anslag.review.Reviews;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.ApplicationStep;
import org.anslag.web.shared.Feedback;

/** The manager reads an evaluator's declared conflict and names a replacement from the pool. */
@Named
@ViewScoped
public class ReplaceEvaluator extends ApplicationStep {

    private static final long serialVersionUID = 1L;

    @EJB
    Reviews reviews;

    private final Map<String, String> replacements = new HashMap<>();

    public void load() {
        applications.viewByNumber(currentUser.actor(), number);
    }

    public List<ConflictDeclaration> getConflicts() {
        return reviews.conflictsToResolve(currentUser.actor(), number);
    }

    /** Who may step in: not excluded, and not someone who declared a conflict here. */
    public List<Reviews.Candidate> getCandidates() {
        List<String> conflicted = getConflicts().stream().map(ConflictDeclaration::getEvaluator).toList();
        return reviews.candidates(currentUser.actor(), number).stream()
                .filter(c -> !c.isExcluded() && !conflicted.contains(c.member().getUsername())).toList();
    }

    public String replace(String conflicted) {
        try {
            reviews.replaceEvaluator(currentUser.actor(), number, conflicted, replacements.get(conflicted));
            Feedback.info("replacement.done", number);
            return "/workflow/tasks.xhtml?faces-redirect=true";
        } catch (RuleViolation violation) {
            Feedback.error(violation.messageKey(), violation.arguments());
            return null;
        }
    }

    public Map<String, String> getReplacements() {
        return replacements;
    }
}
