package org.anslag.web.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.anslag.application.Applications;
import org.anslag.application.GrantApplication;
import org.anslag.web.shared.CurrentUser;

/** Applications where the user's organisation coordinates or takes part. */
@Named
@RequestScoped
public class MyApplications {

    @EJB
    Applications applications;
    @Inject
    CurrentUser currentUser;

    private List<GrantApplication> mine;

    public List<GrantApplication> getApplications() {
        if (mine == null) {
            mine = applications.ofMyOrganisation(currentUser.actor());
        }
        return mine;
    }

    @EJB
    org.anslag.workflow.GrantApplicationProcess process;

    private java.util.Map<String, List<String>> steps;

    /** The steps the application's process waits at (task ids, named by the page); empty for a draft. */
    public List<String> nextSteps(GrantApplication application) {
        if (steps == null) {
            steps = process.currentStepsOf(getApplications().stream().map(GrantApplication::getNumber).toList());
        }
        return steps.getOrDefault(application.getNumber(), List.of());
    }

    public boolean coordinates(GrantApplication application) {
        return currentUser.actor().belongsTo(application.getCoordinator().getId());
    }
}
