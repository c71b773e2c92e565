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
    Applications applications;
    @Inject
    CurrentUser currentUser;

    private List<WorkItem> items;
    private Map<String, GrantApplication> applicationsByNumber;

    public List<WorkItem> getItems() {
        if (items == null) {
            Actor actor = currentUser.actor();
            List<String> groups = actor.roles().stream().map(Role::name).toList();
            List<WorkItem> open = process.openTasks(groups, actor.username());
            applicationsByNumber = applications.byNumbers(open.stream().map(WorkItem::applicationNumber).toList());
            items = open.stream()
                    .filter(item -> !actor.has(Role.APPLICANT) || coordinatedBy(actor, item))
                    .toList();
        }
        return items;
    }

    private boolean coordinatedBy(Actor actor, WorkItem item) {
        return actor.belongsTo(applicationsByNumber.get(item.applicationNumber()).getCoordinator().getId());
    }

    public String pageOf(WorkItem item) {
        return PAGES.getOrDefault(item.taskKey(), "/workflow/tasks");
    }

    public String titleOf(WorkItem item) {
        return applicationsByNumber.get(item.applicationNumber()).getTitle();
    }
}
