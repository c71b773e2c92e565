package org.anslag.web.followup;

import java.io.Serializable;
import org.anslag.followup.Licence;
import org.anslag.followup.ReusableResult;

/** One reusable result on the final report form, as typed: kept as it is when something is refused. */
public class ResultLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String description;
    private String contactRole;
    private String contactEmail;
    private Licence licence;
    private String licenceTerms;

    ResultLine() {
    }

    /** A revision starts from what the version sent back said. */
    static ResultLine of(ReusableResult result) {
        ResultLine line = new ResultLine();
        line.title = result.getTitle();
        line.description = result.getDescription();
        line.contactRole = result.getContactRole();
        line.contactEmail = result.getContactEmail();
        line.licence = result.getLicence();
        line.licenceTerms = result.getLicenceTerms();
        return line;
    }

    ReusableResult toResult() {
        return ReusableResult.of(title, description, contactRole, contactEmail, licence, licenceTerms);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getContactRole() {
        return contactRole;
    }

    public void setContactRole(String contactRole) {
        this.contactRole = contactRole;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public Licence getLicence() {
        return licence;
    }

    public void setLicence(Licence licence) {
        this.licence = licence;
    }

    public String getLicenceTerms() {
        return licenceTerms;
    }

    public void setLicenceTerms(String licenceTerms) {
        this.licenceTerms = licenceTerms;
    }
}
