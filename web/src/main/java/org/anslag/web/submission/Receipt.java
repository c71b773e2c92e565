package org.anslag.web.submission;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.anslag.submission.SubmittedVersion;
import org.anslag.submission.Submissions;
import org.anslag.web.shared.CurrentUser;

/** The receipt block of an application's page: the frozen version's checksum, read once per request. */
@Named
@RequestScoped
public class Receipt {

    @EJB
    Submissions submissions;
    @Inject
    CurrentUser currentUser;

    private Optional<SubmittedVersion> version;

    public SubmittedVersion of(Long applicationId) {
        if (version == null) {
            version = submissions.of(currentUser.actor(), applicationId);
        }
        return version.orElse(null);
    }
}
