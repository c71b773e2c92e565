package org.anslag.web.call;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.anslag.call.CallTerms;
import org.anslag.call.CallType;
import org.anslag.call.Calls;
import org.anslag.call.FundingCall;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.CurrentUser;
import org.anslag.web.shared.Feedback;

/** A new funding call in a programme: schedule in Swedish time, money and weighted criteria. */
@Named
@ViewScoped
public class CreateCall implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One editable criterion row. */
    public static class CriterionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private Integer weight;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Integer getWeight() {
            return weight;
        }

        public void setWeight(Integer weight) {
            this.weight = weight;
        }
    }

    @EJB
    Calls calls;
    @Inject
    CurrentUser currentUser;

    private Long programmeId;
    private String title;
    private CallType type = CallType.IDEA_HUB;
    private final CallScheduleForm schedule = new CallScheduleForm();
    private final List<CriterionRow> criteria = new ArrayList<>(List.of(new CriterionRow(), new CriterionRow()));

    public void load() {
        calls.programme(programmeId);
    }

    public void addCriterion() {
        criteria.add(new CriterionRow());
    }

    public String create() {
        try {
            List<CallTerms.Criterion> terms = criteria.stream()
                    .filter(row -> row.name != null && !row.name.isBlank() || row.weight != null)
                    .map(row -> new CallTerms.Criterion(row.name, row.weight == null ? 0 : row.weight))
                    .toList();
            FundingCall call = calls.createCall(currentUser.actor(), programmeId, new CallTerms(title, type,
                    schedule.opensAtInstant(), schedule.closesAtInstant(), schedule.getBudget(), schedule.getMaxGrant(),
                    terms));
            Feedback.info("call.created", call.getTitle());
            return "/call/edit-call.xhtml?faces-redirect=true&call=" + call.getId();
        } catch (RuleViolation violation) {
            Feedback.show("call", violation);
            return null;
        }
    }

    public String getProgrammeName() {
        return calls.programme(programmeId).getName();
    }

    public CallType[] getTypes() {
        return CallType.values();
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(Long programmeId) {
        this.programmeId = programmeId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public CallType getType() {
        return type;
    }

    public void setType(CallType type) {
        this.type = type;
    }

    public CallScheduleForm getSchedule() {
        return schedule;
    }

    public List<CriterionRow> getCriteria() {
        return criteria;
    }
}
