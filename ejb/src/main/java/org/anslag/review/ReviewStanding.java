package org.anslag.review;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.anslag.application.EvaluatorStanding;
import org.anslag.application.GrantApplication;
import org.anslag.workflow.GrantApplicationProcess;

/**
 * Review's say in the access policy: an evaluator who declared a conflict is barred; one who got
 * the scoring task (only after declaring no conflict) may read the application from then on.
 */
@ApplicationScoped
public class ReviewStanding implements EvaluatorStanding {

    @EJB
    Declarations declarations;
    @EJB
    GrantApplicationProcess process;

    @Override
    public Standing of(String evaluator, GrantApplication application) {
        if (declarations.conflictOf(application, evaluator).orElse(false)) {
            return Standing.CONFLICTED;
        }
        return process.wasAssignedTo(application.getNumber(), evaluator) ? Standing.ASSIGNED : Standing.NONE;
    }
}
