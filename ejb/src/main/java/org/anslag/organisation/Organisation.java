package org.anslag.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.io.Serializable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A municipality (with its SCB code and county) or another body that takes part in projects. */
@Entity
public class Organisation implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private OrganisationKind kind;
    @ManyToOne
    @JoinColumn(name = "county_code")
    private County county;
    @Version
    private long version;

    protected Organisation() {
    }

    public static Organisation municipality(String scbCode, String name, County county) {
        Organisation organisation = new Organisation();
        organisation.code = scbCode;
        organisation.name = name;
        organisation.kind = OrganisationKind.MUNICIPALITY;
        organisation.county = county;
        return organisation;
    }

    void updateMunicipality(String newName, County newCounty) {
        this.name = newName;
        this.county = newCounty;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public County getCounty() {
        return county;
    }

    /** "Ale kommun (1440)", as shown in pickers. */
    public String getLabel() {
        return code == null ? name : name + " (" + code + ")";
    }
}
