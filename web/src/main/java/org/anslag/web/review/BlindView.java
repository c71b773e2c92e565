package org.anslag.web.review;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.anslag.application.GrantApplication;
import org.anslag.attachment.Attachment;
import org.anslag.organisation.Organisation;
import org.anslag.review.BlindMasks;
import org.anslag.review.BlindReview;
import org.anslag.web.shared.CurrentUser;
import org.anslag.web.shared.LanguageSelection;
import org.anslag.web.shared.People;

/**
 * The pages' handle on blind review ({@code #{blind.organisation(app, app.coordinator)}}): each
 * name of a party as the signed-in user may see it. BlindReview decides; this only asks once per
 * application and request.
 */
@Named("blind")
@RequestScoped
public class BlindView {

    @EJB
    BlindReview blindReview;
    @Inject
    CurrentUser currentUser;
    @Inject
    LanguageSelection language;
    @Inject
    People people;

    private final Map<Long, Optional<BlindMasks>> masks = new HashMap<>();

    public boolean hides(GrantApplication application) {
        return masksOf(application).isPresent();
    }

    public String organisation(GrantApplication application, Organisation organisation) {
        return masksOf(application).map(m -> m.organisation(organisation))
                .orElse(organisation == null ? "" : organisation.getLabel());
    }

    /** The organisation's bare name, as budget lines show it, or its mask. */
    public String organisationName(GrantApplication application, Organisation organisation) {
        return masksOf(application).map(m -> m.organisation(organisation))
                .orElse(organisation == null ? "" : organisation.getName());
    }

    /** A user's full name, or "Person dold". */
    public String person(GrantApplication application, String username) {
        return masksOf(application).map(BlindMasks::person).orElseGet(() -> people.name(username));
    }

    public String fileName(GrantApplication application, Attachment attachment) {
        return masksOf(application).map(m -> m.fileName(attachment)).orElse(attachment.getFileName());
    }

    private Optional<BlindMasks> masksOf(GrantApplication application) {
        return masks.computeIfAbsent(application.getId(), id -> Optional.ofNullable(
                blindReview.masksFor(currentUser.actor(), application, language.getLocale())));
    }
}
