package org.anslag.web.shared;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * A form posts back to the address its page was opened at, query included, so the address keeps
 * naming the record (edit-application.xhtml?number=…) after any button: a reload or a bookmark
 * finds the same record again, and so does a page reopened because its view expired.
 * Links and redirects are built as before; only a form's own action gets the query.
 * <p>
 * A new view speaks the user's chosen language from its start, not the browser's: a message
 * raised while a GET's parameters are read (before the page's f:view sets the locale) would
 * otherwise come out in English on a Swedish page whenever the browser prefers English.
 */
public class OwnAddressForms extends ViewHandlerWrapper {

    public OwnAddressForms(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String url = super.getActionURL(context, viewId);
        boolean ownForm = UIComponent.getCurrentComponent(context) instanceof UIForm
                && context.getViewRoot() != null && viewId.equals(context.getViewRoot().getViewId());
        String query = ((HttpServletRequest) context.getExternalContext().getRequest()).getQueryString();
        return ownForm && query != null && !query.isEmpty() && !url.contains("?") ? url + "?" + query : url;
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return CDI.current().select(LanguageSelection.class).get().getLocale();
    }
}
