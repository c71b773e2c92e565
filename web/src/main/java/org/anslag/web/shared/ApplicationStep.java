package org.anslag.web.shared;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.Serializable;
import org.anslag.application.Applications;
import org.anslag.application.GrantApplication;

/**
 * A page for one step on one application, named by its number in the address
 * ({@code ?number=IH-2026-0001}); reading the application checks that the user may see it.
 */
public abstract class ApplicationStep implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    protected Applications applications;
    @Inject
    protected CurrentUser currentUser;

    protected String number;
    private final PerRequest<GrantApplication> application = new PerRequest<>();

    /**
     * Answers an unknown or malformed number with the 404 page, for a step whose own check would
     * otherwise refuse it as not the user's (403) before anyone looked it up.
     */
    protected void requireKnownNumber() {
        // signed in first, so that nobody learns without signing in which numbers exist
        currentUser.actor();
        applications.byNumber(number);
    }

    public GrantApplication getApplication() {
        return application.get(() -> applications.viewByNumber(currentUser.actor(), number));
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }
}
