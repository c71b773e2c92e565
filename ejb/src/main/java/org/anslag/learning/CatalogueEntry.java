package org.anslag.learning;

import java.time.LocalDate;
import java.util.List;
import org.anslag.application.GrantApplication;
import org.anslag.followup.ReusableResult;
import org.anslag.followup.VocabularyTerm;
import org.anslag.organisation.Organisation;

/**
 * One funded project as the public sees it: no person's name, e-mail or phone, only organisations,
 * the results with the role to ask, the tags of its reports and the uptake by other municipalities.
 */
public record CatalogueEntry(GrantApplication project, List<Organisation> municipalities, LocalDate startsOn,
                             LocalDate endsOn, List<ReusableResult> results, List<VocabularyTerm> hinders,
                             List<VocabularyTerm> successFactors, List<ResultUptake> uptakes) {

    public boolean isClosed() {
        return project.getStatus() == org.anslag.application.ApplicationStatus.CLOSED;
    }

    public List<ResultUptake> adoptions() {
        return uptakes.stream().filter(u -> u.getKind() == UptakeKind.ADOPTION).toList();
    }

    public List<ResultUptake> interests() {
        return uptakes.stream().filter(u -> u.getKind() == UptakeKind.INTEREST).toList();
    }
}
