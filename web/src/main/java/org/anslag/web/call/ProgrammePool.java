package org.anslag.web.call;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.anslag.call.Calls;
import org.anslag.organisation.UserAccount;
import org.anslag.review.EvaluatorPool;
import org.anslag.review.PoolMember;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.CurrentUser;
import org.anslag.web.shared.Feedback;

/** A programme's evaluator pool: who may review its applications, internal or external, and in what fields. */
@Named
@ViewScoped
public class ProgrammePool implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    EvaluatorPool pool;
    @EJB
    Calls calls;
    @Inject
    CurrentUser currentUser;

    private Long programmeId;
    private String evaluator;
    private boolean external;
    private String expertise;

    /** An unknown programme has no pool to show: the not-found page. */
    public void load() {
        calls.programme(programmeId);
    }

    public String add() {
        try {
            PoolMember member = pool.add(currentUser.actor(), programmeId, evaluator, external, expertise);
            Feedback.info("pool.added", member.getEvaluator().getFullName());
            return "/call/evaluator-pool.xhtml?faces-redirect=true&programme=" + programmeId;
        } catch (RuleViolation violation) {
            Feedback.show("pool", violation);
            return null;
        }
    }

    public String remove(Long memberId) {
        pool.remove(currentUser.actor(), memberId);
        Feedback.info("pool.removed");
        return "/call/evaluator-pool.xhtml?faces-redirect=true&programme=" + programmeId;
    }

    public List<PoolMember> getMembers() {
        return pool.of(programmeId);
    }

    public List<UserAccount> getCandidates() {
        return pool.candidates(programmeId);
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(Long programmeId) {
        this.programmeId = programmeId;
    }

    public String getEvaluator() {
        return evaluator;
    }

    public void setEvaluator(String evaluator) {
        this.evaluator = evaluator;
    }

    public boolean isExternal() {
        return external;
    }

    public void setExternal(boolean external) {
        this.external = external;
    }

    public String getExpertise() {
        return expertise;
    }

    public void setExpertise(String expertise) {
        this.expertise = expertise;
    }
}
