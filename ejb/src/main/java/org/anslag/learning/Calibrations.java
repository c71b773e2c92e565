package org.anslag.learning;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.anslag.call.AssessmentCriterion;
import org.anslag.call.Calls;
import org.anslag.call.FundingCall;
import org.anslag.review.Review;
import org.anslag.shared.Actor;
import org.anslag.shared.NotFound;
import org.anslag.shared.Role;

/**
 * Evaluator calibration: how each evaluator scores each criterion compared with the others on the
 * same applications. About evaluators, not projects, so programme managers only.
 */
@Stateless
public class Calibrations {

    @PersistenceContext
    EntityManager em;
    @EJB
    LearningAccess access;
    @EJB
    Calls calls;

    /** Every submitted review of the programme's calls, or of one of them. */
    public List<CalibrationLine> of(Actor actor, Long programmeId, Long callId) {
        actor.require(Role.PROGRAMME_MANAGER);
        access.requireProgramme(actor, programmeId);
        if (callId != null && !calls.call(callId).getProgramme().getId().equals(programmeId)) {
            throw new NotFound("call " + callId + " in programme " + programmeId);
        }
        List<Review> reviews = em.createQuery("""
                select r from Review r where r.application.call.programme.id = :programme
                and (:call = 0L or r.application.call.id = :call)""", Review.class)
                .setParameter("programme", programmeId).setParameter("call", callId == null ? 0L : callId).getResultList();
        List<CalibrationLine.Score> scores = reviews.stream().flatMap(review -> {
            FundingCall call = review.getApplication().getCall();
            Map<Long, String> names = call.getCriteria().stream()
                    .collect(Collectors.toMap(AssessmentCriterion::getId, AssessmentCriterion::getName));
            return review.getScores().stream().filter(score -> names.containsKey(score.criterionId()))
                    .map(score -> new CalibrationLine.Score(review.getEvaluator(), review.getApplication().getId(),
                            names.get(score.criterionId()), score.score()));
        }).toList();
        return CalibrationLine.of(scores);
    }

    /** The programme's calls, for the call filter. */
    public List<FundingCall> callsOf(Long programmeId) {
        return em.createQuery("select c from FundingCall c where c.programme.id = :programme order by c.opensAt, c.id",
                FundingCall.class).setParameter("programme", programmeId).getResultList();
    }
}
