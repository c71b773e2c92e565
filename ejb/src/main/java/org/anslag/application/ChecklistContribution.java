package org.anslag.application;

import java.util.List;

/** A business area's part of the submission checklist (a CDI bean; all of them are asked). */
public interface ChecklistContribution {

    List<SubmissionChecklist.Item> itemsFor(GrantApplication draft);
}
