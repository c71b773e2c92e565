package org.anslag.web.organisation;

import jakarta.enterprise.inject.spi.CDI;
import java.io.Serializable;
import org.anslag.organisation.Organisation;
import org.anslag.organisation.Organisations;

/**
 * The organisation chosen in a picker, kept as its id (a view is serialised between requests)
 * and read once while the id stays the same: a page asks the picker for its value several times
 * in one render.
 */
public final class OrganisationChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private transient Organisation read;

    public Organisation get() {
        if (id == null) {
            return null;
        }
        if (read == null || !id.equals(read.getId())) {
            read = CDI.current().select(Organisations.class).get().get(id);
        }
        return read;
    }

    public void set(Organisation organisation) {
        id = organisation == null ? null : organisation.getId();
        read = organisation;
    }

    public Long id() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
