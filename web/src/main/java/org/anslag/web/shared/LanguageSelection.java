package org.anslag.web.shared;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** Swedish by default; the user may switch to English for the rest of the session. */
@Named
@SessionScoped
public class LanguageSelection implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private Locale locale = SWEDISH;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public String switchTo(String language) {
        locale = "en".equals(language) ? Locale.ENGLISH : SWEDISH;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
