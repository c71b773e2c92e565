package org.anslag.web.followup;

import java.io.Serializable;
import org.anslag.followup.SpreadEntry;
import org.anslag.followup.SpreadKind;
import org.anslag.organisation.Organisation;

/** One other municipality on the report form's spread list: adopted or interested, and a short note. */
public class SpreadInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long organisationId;
    private final String label;
    private SpreadKind kind;
    private String note;

    SpreadInput(Organisation municipality, SpreadKind kind, String note) {
        this.organisationId = municipality.getId();
        this.label = municipality.getLabel();
        this.kind = kind;
        this.note = note;
    }

    Long organisationId() {
        return organisationId;
    }

    SpreadEntry entry() {
        return new SpreadEntry(organisationId, kind, note);
    }

    public String getLabel() {
        return label;
    }

    public SpreadKind getKind() {
        return kind;
    }

    public void setKind(SpreadKind kind) {
        this.kind = kind;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
