package org.anslag.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.anslag.audit.ReadEntry;
import org.anslag.audit.ReadLog;
import org.anslag.web.shared.CurrentUser;
import org.anslag.web.shared.DatabasePages;
import org.primefaces.model.LazyDataModel;

/** Who of the staff read which application and downloaded which file, for ADMIN, newest first. */
@Named("readLog")
@ViewScoped
public class ReadLogPages implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ReadLog log;
    @Inject
    CurrentUser currentUser;

    private String search;
    private final Entries entries = new Entries();

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public LazyDataModel<ReadEntry> getEntries() {
        return entries;
    }

    private final class Entries extends DatabasePages<ReadEntry> {

        private static final long serialVersionUID = 1L;

        @Override
        protected Slice<ReadEntry> slice(int first, int size) {
            ReadLog.Page page = log.page(currentUser.actor(), search, first, size);
            return new Slice<>(page.entries(), page.total());
        }

        @Override
        protected Object keyOf(ReadEntry entry) {
            return entry.getId();
        }
    }
}
