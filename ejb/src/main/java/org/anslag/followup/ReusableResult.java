package org.anslag.followup;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.regex.Pattern;
import org.anslag.shared.RuleViolation;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A result of a closed project that another municipality could reuse: what it is, whom to ask (a
 * role, not a person, since people move on) and on which terms it may be reused.
 */
@Embeddable
public class ReusableResult {

    static final int TITLE_LENGTH = 200;
    static final int TEXT_LENGTH = 4000;
    static final int TERMS_LENGTH = 1000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private String title;
    private String description;
    private String contactRole;
    private String contactEmail;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Licence licence;
    @Column(name = "licence_terms")
    private String licenceTerms;

    protected ReusableResult() {
    }

    /** Checks every field; the first shortcoming is refused naming its field. */
    public static ReusableResult of(String title, String description, String contactRole, String contactEmail,
                                    Licence licence, String licenceTerms) {
        ReusableResult result = new ReusableResult();
        result.title = required("resultTitle", title, TITLE_LENGTH);
        result.description = required("resultDescription", description, TEXT_LENGTH);
        result.contactRole = required("contactRole", contactRole, TITLE_LENGTH);
        String email = required("contactEmail", contactEmail, 254);
        if (!EMAIL.matcher(email).matches()) {
            throw new RuleViolation("contactEmail", "finalReport.emailFormat");
        }
        result.contactEmail = email;
        if (licence == null) {
            throw new RuleViolation("licence", "validation.required");
        }
        result.licence = licence;
        result.licenceTerms = licence.needsTerms()
                ? required("licenceTerms", licenceTerms, TERMS_LENGTH) : null;
        return result;
    }

    private static String required(String field, String typed, int longest) {
        if (typed == null || typed.isBlank()) {
            throw new RuleViolation(field, "validation.required");
        }
        String text = typed.strip();
        if (text.length() > longest) {
            throw new RuleViolation(field, "finalReport.tooLong", longest);
        }
        return text;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getContactRole() {
        return contactRole;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public Licence getLicence() {
        return licence;
    }

    /** The open source licence's name or the other terms; null for the Creative Commons choices. */
    public String getLicenceTerms() {
        return licenceTerms;
    }
}
