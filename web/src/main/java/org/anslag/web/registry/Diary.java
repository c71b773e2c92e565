package org.anslag.web.registry;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.anslag.registry.RegisteredDocument;
import org.anslag.registry.Registry;
import org.anslag.web.shared.CurrentUser;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The diary for managers and administrators, newest first: the database pages and searches it,
 * so a programme with years of cases sends one page of lines, not all of them.
 */
@Named
@ViewScoped
public class Diary implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Registry registry;
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
    private final class Lines extends LazyDataModel<RegisteredDocument> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) registry.page(currentUser.actor(), search, 0, 1).total();
        }

        @Override
        public List<RegisteredDocument> load(int first, int pageSize, Map<String, SortMeta> sort,
                                             Map<String, FilterMeta> filters) {
            Registry.Page page = registry.page(currentUser.actor(), search, first, pageSize);
            setRowCount((int) page.total());
            return page.lines();
        }

        @Override
        public String getRowKey(RegisteredDocument line) {
            return String.valueOf(line.getId());
        }

        @Override
        public RegisteredDocument getRowData(String rowKey) {
            return null;
        }
    }
}
