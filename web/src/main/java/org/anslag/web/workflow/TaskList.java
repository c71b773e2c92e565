package org.anslag.web.workflow;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.anslag.application.Applications;
import org.anslag.application.GrantApplication;
import org.anslag.shared.Actor;
import org.anslag.shared.Role;
import org.anslag.web.shared.CurrentUser;
import org.anslag.web.shared.DatabasePages;
import org.anslag.web.shared.Feedback;
import org.anslag.workflow.ChangeRequestProcess;
import org.anslag.workflow.GrantApplicationProcess;
import org.anslag.workflow.TaskInbox;
import org.anslag.workflow.TaskInbox.Entry;
import org.primefaces.model.LazyDataModel;

/** "Att göra": the open tasks of the user's roles, a page at a time; applicants see only their organisation's. */
@Named
@ViewScoped
public class TaskList implements Serializable {

    private static final long serialVersionUID = 1L;

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
    TaskInbox inbox;
    @EJB
    Applications applications;
    @Inject
    CurrentUser currentUser;

    private final Rows rows = new Rows();
    /** The titles of the shown page's applications, read with the page. */
    private transient Map<String, GrantApplication> applicationsByNumber = Map.of();

    public LazyDataModel<Entry> getItems() {
        return rows;
    }

    private TaskInbox.Owner owner() {
        Actor actor = currentUser.actor();
        return TaskInbox.Owner.of(actor, actor.has(Role.APPLICANT) ? applications.numbersCoordinatedBy(actor) : List.of());
    }

    private final class Rows extends DatabasePages<Entry> {

        private static final long serialVersionUID = 1L;

        @Override
        protected Slice<Entry> slice(int first, int size) {
            TaskInbox.Page page = inbox.page(owner(), first, size);
            return new Slice<>(page.entries(), page.total());
        }

        @Override
        protected void shown(List<Entry> entries) {
            applicationsByNumber = applications.byNumbers(entries.stream().map(Entry::applicationNumber).distinct().toList());
        }

        @Override
        protected Object keyOf(Entry entry) {
            return entry.taskKey() + "/" + entry.applicationNumber() + "/" + entry.created();
        }
    }

    public boolean isAfterReport(Entry item) {
        return item.afterReportMonths() != null;
    }

    /** An after-report step's name in the reader's language: its round decides it. */
    public String afterReportStep(Entry item) {
        return Feedback.text("afterReport.task", item.afterReportMonths());
    }

    public String pageOf(Entry item) {
        if (item.changeRequest() != null) {
            return (ChangeRequestProcess.CONFIRM_PARTNER.equals(item.taskKey())
                    ? "/change/confirm-change-partner" : "/change/decide-change") + "?request=" + item.changeRequest();
        }
        if (isAfterReport(item)) {
            return "/followup/answer-after-report?months=" + item.afterReportMonths();
        }
        return PAGES.getOrDefault(item.taskKey(), "/workflow/tasks");
    }

    public String titleOf(Entry item) {
        GrantApplication application = applicationsByNumber.get(item.applicationNumber());
        return application == null ? "" : application.getTitle();
    }
}
