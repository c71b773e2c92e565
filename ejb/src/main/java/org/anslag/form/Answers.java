package org.anslag.form;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.anslag.application.Applications;
import org.anslag.application.GrantApplication;
import org.anslag.attachment.Attachment;
import org.anslag.attachment.Attachments;
import org.anslag.audit.AuditLog;
import org.anslag.shared.Actor;

/** An application's answers to its call's form. */
@Stateless
public class Answers {

    @PersistenceContext
    EntityManager em;
    @Inject
    AuditLog audit;
    @EJB
    Applications applications;
    @EJB
    ApplicationForms forms;
    @EJB
    Attachments attachments;

    /** Question id → stored answer, for whoever may see the application. */
    public Map<Long, String> of(Actor actor, Long applicationId) {
        applications.view(actor, applicationId);
        return ofApplication(applicationId);
    }

    public Map<Long, String> ofApplication(Long applicationId) {
        return em.createQuery("select a from Answer a where a.applicationId = :application", Answer.class)
                .setParameter("application", applicationId).getResultList().stream()
                .collect(Collectors.toMap(Answer::getQuestionId, Answer::getValue));
    }

    /**
     * Stores the typed answers (question id → text as typed), all or none: the first answer that
     * does not fit its question is refused, naming the question, and nothing is changed.
     */
    public Map<Long, String> save(Actor actor, Long applicationId, Map<Long, String> typed) {
        GrantApplication draft = applications.lockedDraftOf(actor, applicationId);
        Set<Long> attachmentIds = attachments.ofApplication(applicationId).stream().map(Attachment::getId)
                .collect(Collectors.toSet());
        Map<Long, String> normalised = new HashMap<>();
        for (FormQuestion question : forms.questions(draft.getCall().getId())) {
            normalised.put(question.getId(), AnswerRules.normalise(question, typed.get(question.getId()), attachmentIds));
        }
        Map<Long, Answer> stored = em.createQuery("select a from Answer a where a.applicationId = :application", Answer.class)
                .setParameter("application", applicationId).getResultList().stream()
                .collect(Collectors.toMap(Answer::getQuestionId, a -> a));
        normalised.forEach((questionId, value) -> {
            Answer answer = stored.get(questionId);
            if (value == null && answer != null) {
                em.remove(answer);
            } else if (value != null && answer == null) {
                em.persist(new Answer(applicationId, questionId, value));
            } else if (value != null) {
                answer.change(value);
            }
        });
        audit.record(actor.username(), "ANSWER_FORM", "application:" + draft.getNumber(),
                normalised.values().stream().filter(v -> v != null).count() + " answers");
        return ofApplication(applicationId);
    }
}
