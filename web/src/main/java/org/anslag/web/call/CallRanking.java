package org.anslag.web.call;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.anslag.call.Calls;
import org.anslag.call.FundingCall;
import org.anslag.review.Rankings;
import org.anslag.web.shared.CurrentUser;

/** A call's assessed applications by score, with the funding line where the budget runs out. */
@Named
@ViewScoped
public class CallRanking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Rankings rankings;
    @EJB
    Calls calls;
    @Inject
    CurrentUser currentUser;

    private Long callId;
    private transient List<Rankings.Place> places;

    /** An unknown call has no ranking to show: the not-found page. */
    public void load() {
        getCall();
    }

    public List<Rankings.Place> getPlaces() {
        if (places == null) {
            places = rankings.ranking(currentUser.actor(), callId);
        }
        return places;
    }

    /** How many applications fit within the budget, from the top. */
    public long getWithinBudget() {
        return getPlaces().stream().takeWhile(Rankings.Place::withinBudget).count();
    }

    public FundingCall getCall() {
        return calls.call(callId);
    }

    public Long getCallId() {
        return callId;
    }

    public void setCallId(Long callId) {
        this.callId = callId;
    }
}
