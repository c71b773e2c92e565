package org.anslag.followup;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.anslag.organisation.Organisation;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Spread on a report: another municipality that adopted the project's results or showed interest. */
@Embeddable
public class ReportSpread {

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation municipality;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private SpreadKind kind;
    private String note;

    protected ReportSpread() {
    }

    ReportSpread(Organisation municipality, SpreadKind kind, String note) {
        this.municipality = municipality;
        this.kind = kind;
        this.note = note;
    }

    public Organisation getMunicipality() {
        return municipality;
    }

    public SpreadKind getKind() {
        return kind;
    }

    public String getNote() {
        return note;
    }
}
