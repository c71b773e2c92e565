package org.anslag.web.workflow;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.anslag.application.Applications;
import org.anslag.application.GrantApplication;
import org.anslag.shared.Actor;
import org.anslag.shared.Role;
import org.anslag.web.shared.CurrentUser;
import org.anslag.workflow.GrantApplicationProcess;
import org.anslag.workflow.GrantApplicationProcess.WorkItem;

/** Open tasks for the user's roles; applicants only see their own organisation's. */
@Named
@RequestScoped
public class TaskList {

    private static final Map<String, String> PAGES = Map.ofEntries(
            Map.entry(GrantApplicationProcess.CHECK_ELIGIBILITY, "/review/check-eligibility"),
            Map.entry(GrantApplicationProcess.ASSIGN_EVALUATORS, "/review/assign-evaluators"),
            Map.entry(GrantApplicationProcess.DECLARE_CONFLICTS, "/review/declare-conflicts"),
            Map.entry(GrantApplicationProcess.REPLACE_EVALUATOR, "/review/replace-evaluator"),
            Map.entry(GrantApplicationProcess.REVIEW_APPLICATION, "/review/score-application"),
            Map.entry(GrantApplicationProcess.DECIDE_FUNDING, "/award/decide-funding"),
            Map.entry(GrantApplicationProcess.APPROVE_DECISION, "/award/approve-decision"),
            Map.entry(GrantApplicationProcess.ACCEPT_AGREEMENT, "/award/accept-agreement"),
            Map.entry(GrantApplicationProcess.SUBMIT_PROGRESS_REPORT, "/followup/submit-progress-report"),
            Map.entry(GrantApplicationProcess.ASSESS_PROGRESS_REPORT, "/followup/assess-progress-report"),
            Map.entry(GrantApplicationProcess.RELEASE_INSTALLMENT, "/finance/pay-installment"),
            Map.entry(GrantApplicationProcess.SUBMIT_FINAL_REPORT, "/followup/submit-final-report"),
            Map.entry(GrantApplicationProcess.ASSESS_FINAL_REPORT, "/followup/assess-final-report"));

    @EJB
    GrantApplicationProcess process;
    @EJB
    org.anslag.workflow.ChangeRequestProcess changeProcess;
    @EJB
    org.anslag.workflow.AfterReportProcess afterReportProcess;
    @EJB
    Applications applications;
    @Inject
    CurrentUser currentUser;

    private List<WorkItem> items;
    private Map<String, GrantApplication> applicationsByNumber;
    /** The change request each step of a change-request process is about; these open by request, not number. */
    private final Map<WorkItem, Long> changeRequests = new java.util.IdentityHashMap<>();
    /** The round (months after closing) of each after-report step; these open by number and round. */
    private final Map<WorkItem, Integer> afterReportRounds = new java.util.IdentityHashMap<>();

    public List<WorkItem> getItems() {
        if (items == null) {
            Actor actor = currentUser.actor();
            List<String> groups = actor.roles().stream().map(Role::name).toList();
            List<WorkItem> open = process.openTasks(groups, actor.username());
            List<WorkItem> changes = java.util.stream.Stream.concat(changeSteps(actor, groups).stream(),
                    afterReportSteps(actor).stream()).toList();
            applicationsByNumber = applications.byNumbers(java.util.stream.Stream.concat(open.stream(), changes.stream())
                    .map(WorkItem::applicationNumber).distinct().toList());
            items = java.util.stream.Stream.concat(open.stream()
                    .filter(item -> !actor.has(Role.APPLICANT) || coordinatedBy(actor, item)), changes.stream())
                    .sorted(java.util.Comparator.comparing(WorkItem::created))
                    .toList();
        }
        return items;
    }

    /** Change requests to decide (managers) or to join (a new partner's applicants: their organisation's group). */
    private List<WorkItem> changeSteps(Actor actor, List<String> roles) {
        List<String> groups = new java.util.ArrayList<>(roles);
        if (actor.has(Role.APPLICANT) && actor.organisationId() != null) {
            groups.add("organisation:" + actor.organisationId());
        }
        return changeProcess.openTasks(groups).stream().map(step -> {
            WorkItem item = new WorkItem(step.taskKey(), step.taskKey(), step.applicationNumber(), null, step.created());
            changeRequests.put(item, step.requestId());
            return item;
        }).toList();
    }

    /** After-report rounds of projects the applicant's organisation coordinated (its group). */
    private List<WorkItem> afterReportSteps(Actor actor) {
        if (!actor.has(Role.APPLICANT) || actor.organisationId() == null) {
            return List.of();
        }
        return afterReportProcess.openTasks(List.of("organisation:" + actor.organisationId())).stream().map(step -> {
            WorkItem item = new WorkItem("afterReport", "afterReport", step.applicationNumber(), null, step.created());
            afterReportRounds.put(item, step.months());
            return item;
        }).toList();
    }

    public boolean isAfterReport(WorkItem item) {
        return afterReportRounds.containsKey(item);
    }

    /** An after-report step's name in the reader's language: its round decides it. */
    public String afterReportStep(WorkItem item) {
        return org.anslag.web.shared.Feedback.text("afterReport.task", afterReportRounds.get(item));
    }

    private boolean coordinatedBy(Actor actor, WorkItem item) {
        return actor.belongsTo(applicationsByNumber.get(item.applicationNumber()).getCoordinator().getId());
    }

    public String pageOf(WorkItem item) {
        Long changeRequest = changeRequests.get(item);
        if (changeRequest != null) {
            return (org.anslag.workflow.ChangeRequestProcess.CONFIRM_PARTNER.equals(item.taskKey())
                    ? "/change/confirm-change-partner" : "/change/decide-change") + "?request=" + changeRequest;
        }
        Integer round = afterReportRounds.get(item);
        if (round != null) {
            return "/followup/answer-after-report?months=" + round;
        }
        return PAGES.getOrDefault(item.taskKey(), "/workflow/tasks");
    }

    public String titleOf(WorkItem item) {
        return applicationsByNumber.get(item.applicationNumber()).getTitle();
    }
}
