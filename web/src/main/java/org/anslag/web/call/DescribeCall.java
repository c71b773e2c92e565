package org.anslag.web.call;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.anslag.call.CallRules;
import org.anslag.call.CallStatus;
import org.anslag.call.CallTexts;
import org.anslag.call.Calls;
import org.anslag.call.FundingCall;
import org.anslag.organisation.OrganisationKind;
import org.anslag.shared.Clocks;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.CurrentUser;
import org.anslag.web.shared.Feedback;

/** A call's texts in two languages, its rules and reporting periods; publishing and copying it. */
@Named
@ViewScoped
public class DescribeCall implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One reporting period's end date, editable in a row. */
    public static class PeriodRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private LocalDate endsOn;

        public LocalDate getEndsOn() {
            return endsOn;
        }

        public void setEndsOn(LocalDate endsOn) {
            this.endsOn = endsOn;
        }
    }

    @EJB
    Calls calls;
    @Inject
    CurrentUser currentUser;
    @Inject
    ChangeCallSchedule schedule;

    private Long callId;
    private String title;
    private CallStatus status;
    private String titleEn;
    private String descriptionSv;
    private String descriptionEn;
    private List<OrganisationKind> eligibleKinds = new ArrayList<>();
    private Integer minPartners;
    private Integer maxPartners;
    private BigDecimal minCoFundingShare;
    private Integer graceMinutes;
    private final List<PeriodRow> periods = new ArrayList<>();
    private LocalDateTime copyOpensAt;
    private LocalDateTime copyClosesAt;

    public void load() {
        if (title != null) {
            return;
        }
        // the page's one view parameter is the schedule form's
        callId = schedule.getCallId();
        FundingCall call = calls.call(callId);
        title = call.getTitle();
        status = call.getStatus();
        titleEn = call.getTitleEn();
        descriptionSv = call.getDescriptionSv();
        descriptionEn = call.getDescriptionEn();
        CallRules rules = call.getRules();
        eligibleKinds = new ArrayList<>(rules.eligibleKinds());
        minPartners = rules.minPartners();
        maxPartners = rules.maxPartners();
        minCoFundingShare = rules.minCoFundingShare();
        graceMinutes = rules.graceMinutes();
        call.getReportingPeriodEnds().forEach(end -> periods.add(period(end)));
        if (periods.isEmpty()) {
            periods.add(new PeriodRow());
        }
    }

    public void addPeriod() {
        periods.add(new PeriodRow());
    }

    public String save() {
        try {
            FundingCall call = calls.describe(currentUser.actor(), callId,
                    new CallTexts(titleEn, descriptionSv, descriptionEn), rules(),
                    periods.stream().map(PeriodRow::getEndsOn).filter(Objects::nonNull).toList());
            Feedback.info("call.described", call.getTitle());
            return "/call/edit-call.xhtml?faces-redirect=true&call=" + callId;
        } catch (RuleViolation violation) {
            Feedback.show("terms", violation);
            return null;
        }
    }

    public String publish() {
        try {
            FundingCall call = calls.publish(currentUser.actor(), callId);
            Feedback.info("call.published", call.getTitle());
            return "/call/programmes.xhtml?faces-redirect=true";
        } catch (RuleViolation violation) {
            Feedback.show("publishing", violation);
            return null;
        }
    }

    public String copy() {
        try {
            FundingCall copy = calls.copy(currentUser.actor(), callId,
                    copyOpensAt == null ? null : copyOpensAt.atZone(Clocks.STOCKHOLM).toInstant(),
                    copyClosesAt == null ? null : copyClosesAt.atZone(Clocks.STOCKHOLM).toInstant());
            Feedback.info("call.copied", copy.getTitle());
            return "/call/edit-call.xhtml?faces-redirect=true&call=" + copy.getId();
        } catch (RuleViolation violation) {
            Feedback.show("copying", violation);
            return null;
        }
    }

    private CallRules rules() {
        return new CallRules(eligibleKinds.isEmpty() ? EnumSet.noneOf(OrganisationKind.class) : EnumSet.copyOf(eligibleKinds),
                minPartners == null ? 0 : minPartners, maxPartners == null ? 0 : maxPartners,
                minCoFundingShare == null ? BigDecimal.ZERO : minCoFundingShare,
                graceMinutes == null ? 0 : graceMinutes);
    }

    private static PeriodRow period(LocalDate end) {
        PeriodRow row = new PeriodRow();
        row.setEndsOn(end);
        return row;
    }

    public String periodLabel(int index) {
        return Feedback.text("call.reportingPeriodEnd", index + 1);
    }

    public boolean isDraft() {
        return status == CallStatus.DRAFT;
    }

    public OrganisationKind[] getKinds() {
        return OrganisationKind.values();
    }

    public Long getCallId() {
        return callId;
    }

    public void setCallId(Long callId) {
        this.callId = callId;
    }

    public CallStatus getStatus() {
        return status;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getDescriptionSv() {
        return descriptionSv;
    }

    public void setDescriptionSv(String descriptionSv) {
        this.descriptionSv = descriptionSv;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public List<OrganisationKind> getEligibleKinds() {
        return eligibleKinds;
    }

    public void setEligibleKinds(List<OrganisationKind> eligibleKinds) {
        this.eligibleKinds = eligibleKinds;
    }

    public Integer getMinPartners() {
        return minPartners;
    }

    public void setMinPartners(Integer minPartners) {
        this.minPartners = minPartners;
    }

    public Integer getMaxPartners() {
        return maxPartners;
    }

    public void setMaxPartners(Integer maxPartners) {
        this.maxPartners = maxPartners;
    }

    public BigDecimal getMinCoFundingShare() {
        return minCoFundingShare;
    }

    public void setMinCoFundingShare(BigDecimal minCoFundingShare) {
        this.minCoFundingShare = minCoFundingShare;
    }

    public Integer getGraceMinutes() {
        return graceMinutes;
    }

    public void setGraceMinutes(Integer graceMinutes) {
        this.graceMinutes = graceMinutes;
    }

    public List<PeriodRow> getPeriods() {
        return periods;
    }

    public LocalDateTime getCopyOpensAt() {
        return copyOpensAt;
    }

    public void setCopyOpensAt(LocalDateTime copyOpensAt) {
        this.copyOpensAt = copyOpensAt;
    }

    public LocalDateTime getCopyClosesAt() {
        return copyClosesAt;
    }

    public void setCopyClosesAt(LocalDateTime copyClosesAt) {
        this.copyClosesAt = copyClosesAt;
    }
}
