package org.anslag.web.call;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.anslag.call.Calls;
import org.anslag.call.FundingCall;
import org.anslag.call.Programme;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.CurrentUser;
import org.anslag.web.shared.Feedback;

/** The manager's overview of programmes and calls, with the form for a new programme. */
@Named
@ViewScoped
public class ProgrammeSetup implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Calls calls;
    @Inject
    CurrentUser currentUser;

    private String name;
    private BigDecimal budget;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String goals;

    public String create() {
        try {
            Programme programme = calls.createProgramme(currentUser.actor(), name, budget, startsOn, endsOn, goals);
            Feedback.info("programme.created", programme.getName());
            return "/call/programmes.xhtml?faces-redirect=true";
        } catch (RuleViolation violation) {
            Feedback.show("programme", violation);
            return null;
        }
    }

    public List<Programme> getProgrammes() {
        return calls.programmes();
    }

    public List<FundingCall> getCalls() {
        return calls.calls();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public void setBudget(BigDecimal budget) {
        this.budget = budget;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public String getGoals() {
        return goals;
    }

    public void setGoals(String goals) {
        this.goals = goals;
    }
}
