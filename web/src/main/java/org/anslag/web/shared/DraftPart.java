package org.anslag.web.shared;

import org.anslag.application.ApplicationStatus;
import org.anslag.application.GrantApplication;

/**
 * A page for one part of an application (answers, budget, attachments), named by its number in
 * the address; whoever may see the application reads it, the coordinator changes it while it is a draft.
 */
public abstract class DraftPart extends ApplicationStep {

    private static final long serialVersionUID = 1L;

    public boolean isEditable() {
        GrantApplication shown = getApplication();
        return shown.getStatus() == ApplicationStatus.DRAFT && currentUser.actor().belongsTo(shown.getCoordinator().getId());
    }

    /** The key the services of the parts take; the page itself knows the application by its number. */
    protected Long applicationId() {
        return getApplication().getId();
    }
}
