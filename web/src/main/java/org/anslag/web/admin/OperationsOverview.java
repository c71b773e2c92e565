package org.anslag.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anslag.operations.FailedJob;
import org.anslag.operations.Operations;
import org.anslag.operations.Page;
import org.anslag.operations.ProcessCount;
import org.anslag.operations.UnsentMail;
import org.anslag.shared.RuleViolation;
import org.anslag.web.shared.CurrentUser;
import org.anslag.web.shared.DatabasePages;
import org.anslag.web.shared.Feedback;
import org.anslag.web.shared.PerRequest;
import org.primefaces.model.LazyDataModel;

/** ADMIN's operations page: processes by state, failed jobs and undelivered mail, each with its retry. */
@Named("operations")
@ViewScoped
public class OperationsOverview implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String HERE = "/admin/operations.xhtml?faces-redirect=true";

    @EJB
    Operations operations;
    @Inject
    CurrentUser currentUser;

    private final PerRequest<List<ProcessCount>> counts = new PerRequest<>();
    private final Map<String, String> notes = new HashMap<>();
    private final Jobs jobs = new Jobs();
    private final Mail mail = new Mail();

    /** @param row the job's row in the table, so a refusal is shown next to that row's note */
    public String retry(String jobId, int row) {
        try {
            operations.retry(currentUser.actor(), jobId, notes.get(jobId));
            Feedback.info("operations.retried");
            return HERE;
        } catch (RuleViolation violation) {
            String text = Feedback.aboutField(violation.field(), violation.messageKey(), violation.arguments());
            FacesContext context = FacesContext.getCurrentInstance();
            String at = "note".equals(violation.field()) ? "failed:jobs:" + row + ":note" : null;
            context.addMessage(at, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            context.validationFailed();
            return null;
        }
    }

    public String sendAgain(long mailId) {
        try {
            operations.sendAgain(currentUser.actor(), mailId);
            Feedback.info("operations.mailDue");
            return HERE;
        } catch (RuleViolation violation) {
            Feedback.error(violation.messageKey(), violation.arguments());
            return null;
        }
    }

    public List<ProcessCount> getCounts() {
        return counts.get(() -> operations.processCounts(currentUser.actor()));
    }

    public Map<String, String> getNotes() {
        return notes;
    }

    public LazyDataModel<FailedJob> getJobs() {
        return jobs;
    }

    public LazyDataModel<UnsentMail> getMail() {
        return mail;
    }

    private final class Jobs extends DatabasePages<FailedJob> {

        private static final long serialVersionUID = 1L;

        @Override
        protected Slice<FailedJob> slice(int first, int size) {
            Page<FailedJob> page = operations.failedJobs(currentUser.actor(), first, size);
            return new Slice<>(page.rows(), page.total());
        }

        @Override
        protected Object keyOf(FailedJob job) {
            return job.id();
        }
    }

    private final class Mail extends DatabasePages<UnsentMail> {

        private static final long serialVersionUID = 1L;

        @Override
        protected Slice<UnsentMail> slice(int first, int size) {
            Page<UnsentMail> page = operations.undeliveredMail(currentUser.actor(), first, size);
            return new Slice<>(page.rows(), page.total());
        }

        @Override
        protected Object keyOf(UnsentMail message) {
            return message.id();
        }
    }
}
