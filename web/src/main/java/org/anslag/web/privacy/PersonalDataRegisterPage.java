package org.anslag.web.privacy;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import org.anslag.privacy.PersonalDataRegister;
import org.anslag.privacy.RecordOfProcessing;
import org.anslag.web.shared.CurrentUser;

/** ADMIN reads the register of personal data in the page's language. */
@Named("personalDataRegister")
@RequestScoped
public class PersonalDataRegisterPage {

    @EJB
    RecordOfProcessing register;
    @Inject
    CurrentUser currentUser;

    public List<PersonalDataRegister.Entry> getEntries() {
        return register.entries(currentUser.actor());
    }

    public Locale getLocale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public String getLanguage() {
        return "en".equals(getLocale().getLanguage()) ? "en" : "sv";
    }
}
