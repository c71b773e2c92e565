package org.anslag.retention;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** What the retention model calls: a run started by the night's timer or by ADMIN. */
@Named("retentionEvents")
@ApplicationScoped
public class RetentionEvents {

    @EJB
    Retention retention;

    public void apply(DelegateExecution execution) {
        Object startedBy = execution.getVariable("startedBy");
        retention.apply(startedBy == null ? "retention-process" : startedBy.toString());
    }
}
