package org.anslag.followup;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.anslag.application.EvaluatorStanding;
import org.anslag.application.GrantApplication;

/**
 * Follow-up's say in the access policy: an evaluator assigned to assess the reports may read the
 * application once they have declared no conflict with it.
 */
@ApplicationScoped
public class FollowUpStanding implements EvaluatorStanding {

    @EJB
    ReportAssessors assessors;

    @Override
    public Standing of(String evaluator, GrantApplication application) {
        return assessors.isClearedAssessor(application, evaluator) ? Standing.ASSIGNED : Standing.NONE;
    }
}
