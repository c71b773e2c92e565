package org.anslag.form;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.anslag.audit.AuditLog;
import org.anslag.call.CallCopied;
import org.anslag.call.CallStatus;
import org.anslag.call.Calls;
import org.anslag.shared.Actor;
import org.anslag.shared.NotFound;
import org.anslag.shared.Role;
import org.anslag.shared.RuleViolation;
import org.anslag.shared.infrastructure.RowLocks;

/** A call's application form: the programme manager builds it while the call is a draft. */
@Stateless
public class ApplicationForms {

    @PersistenceContext
    EntityManager em;
    @Inject
    AuditLog audit;
    @jakarta.ejb.EJB
    Calls calls;

    public List<FormQuestion> questions(Long callId) {
        return em.createQuery("select q from FormQuestion q where q.callId = :call order by q.position, q.id",
                FormQuestion.class).setParameter("call", callId).getResultList();
    }

    public FormQuestion add(Actor actor, Long callId, QuestionDraft draft) {
        requireChangeable(actor, callId);
        FormQuestion question = new FormQuestion(callId, questions(callId).size(), draft);
        em.persist(question);
        audit.record(actor.username(), "ADD_QUESTION", "call:" + callId, draft.kind() + (draft.confidential() ? " confidential " : " ") + draft.textSv());
        return question;
    }

    public void remove(Actor actor, Long questionId) {
        FormQuestion question = question(questionId);
        requireChangeable(actor, question.getCallId());
        em.remove(question);
        renumber(question.getCallId());
        audit.record(actor.username(), "REMOVE_QUESTION", "call:" + question.getCallId(), question.getTextSv());
    }

    /** Moves the question one place up in the form (swapping with the one before it). */
    public void moveUp(Actor actor, Long questionId) {
        FormQuestion question = question(questionId);
        requireChangeable(actor, question.getCallId());
        List<FormQuestion> form = questions(question.getCallId());
        int index = form.indexOf(question);
        if (index > 0) {
            form.get(index - 1).moveTo(index);
            question.moveTo(index - 1);
        }
    }

    /** A copied call gets the same form. */
    public void copy(@Observes CallCopied copied) {
        questions(copied.sourceCallId()).forEach(q -> em.persist(q.copyTo(copied.copyId())));
    }

    private void renumber(Long callId) {
        List<FormQuestion> form = questions(callId);
        for (int position = 0; position < form.size(); position++) {
            form.get(position).moveTo(position);
        }
    }

    /** Applicants answer the form as announced: it changes only while the call is a draft. */
    private void requireChangeable(Actor actor, Long callId) {
        actor.require(Role.PROGRAMME_MANAGER);
        RowLocks.lock(em, "funding_call", callId);
        if (calls.call(callId).getStatus() != CallStatus.DRAFT) {
            throw new RuleViolation("form", "form.fixedAfterPublishing");
        }
    }

    private FormQuestion question(Long id) {
        FormQuestion question = em.find(FormQuestion.class, id);
        if (question == null) {
            throw new NotFound("question " + id);
        }
        return question;
    }
}
