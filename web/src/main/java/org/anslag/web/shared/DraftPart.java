package org.anslag.web.shared;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.Serializable;
import org.anslag.application.ApplicationStatus;
import org.anslag.application.Applications;
import org.anslag.application.GrantApplication;

/**
 * A page for one part of an application (answers, budget, attachments), named by its id in the
 * address; whoever may see the application reads it, the coordinator changes it while it is a draft.
 */
public abstract class DraftPart implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    protected transient Applications applications;
    @Inject
    protected CurrentUser currentUser;

    protected Long applicationId;
    private transient GrantApplication application;

    public GrantApplication application() {
        if (application == null) {
            application = applications.view(currentUser.actor(), applicationId);
        }
        return application;
    }

    public boolean isEditable() {
        GrantApplication shown = application();
        return shown.getStatus() == ApplicationStatus.DRAFT && currentUser.actor().belongsTo(shown.getCoordinator().getId());
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public void setApplicationId(Long applicationId) {
        this.applicationId = applicationId;
    }
}
