package org.anslag.web.registry;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.anslag.registry.RegisteredDocument;
import org.anslag.registry.Registry;
import org.anslag.web.shared.CurrentUser;
import org.anslag.web.shared.DatabasePages;
import org.primefaces.model.LazyDataModel;

/**
 * The diary for managers and administrators, newest first: the database pages and searches it,
 * so a programme with years of cases sends one page of lines, not all of them.
 */
@Named
@ViewScoped
public class Diary implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Registry registry;
    @Inject
    CurrentUser currentUser;

    private String search;
    private final Lines lines = new Lines();

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public LazyDataModel<RegisteredDocument> getLines() {
        return lines;
    }

    /** One page of the diary for the current search. */
    private final class Lines extends DatabasePages<RegisteredDocument> {

        private static final long serialVersionUID = 1L;

        @Override
        protected Slice<RegisteredDocument> slice(int first, int size) {
            Registry.Page page = registry.page(currentUser.actor(), search, first, size);
            return new Slice<>(page.lines(), page.total());
        }

        @Override
        protected Object keyOf(RegisteredDocument line) {
            return line.getId();
        }
    }
}
