package org.anslag.learning;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import org.anslag.application.GrantApplication;
import org.anslag.organisation.Organisation;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A municipality's registered interest in, or adoption of, a project's results. An adoption is
 * spread: it counts on the project and in the programme's coverage.
 */
@Entity
public class ResultUptake {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "application_id")
    private GrantApplication application;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation municipality;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private UptakeKind kind;
    private String resultTitle;
    private String note;
    private String registeredBy;
    private Instant registeredAt;

    protected ResultUptake() {
    }

    public ResultUptake(GrantApplication application, Organisation municipality, UptakeKind kind, String resultTitle,
                        String note, String registeredBy, Instant registeredAt) {
        this.application = application;
        this.municipality = municipality;
        this.kind = kind;
        this.resultTitle = resultTitle;
        this.note = note;
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
    }

    public Long getId() {
        return id;
    }

    public GrantApplication getApplication() {
        return application;
    }

    public Organisation getMunicipality() {
        return municipality;
    }

    public UptakeKind getKind() {
        return kind;
    }

    public String getResultTitle() {
        return resultTitle;
    }

    public String getNote() {
        return note;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }
}
