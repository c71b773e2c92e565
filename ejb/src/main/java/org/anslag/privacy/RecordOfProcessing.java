package org.anslag.privacy;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.anslag.audit.AuditLog;
import org.anslag.shared.Actor;
import org.anslag.shared.Role;
import org.anslag.shared.infrastructure.Letterhead;
import org.anslag.shared.infrastructure.Xhtml;

/** The register of personal data as ADMIN reads and exports it: the record of processing (GDPR art. 30). */
@Stateless
public class RecordOfProcessing {

    @Inject
    AuditLog audit;

    public List<PersonalDataRegister.Entry> entries(Actor actor) {
        actor.require(Role.ADMIN);
        return PersonalDataRegister.withPersonalData();
    }

    /** Semicolon-separated, quoted, with a byte-order mark so spreadsheet programs read å, ä and ö. */
    public String csv(Actor actor, Locale language) {
        boolean english = "en".equals(language.getLanguage());
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(english ? "entity;table;columns;purpose;legal basis;retention\r\n"
                : "entitet;tabell;kolumner;ändamål;rättslig grund;lagringstid\r\n");
        for (PersonalDataRegister.Entry entry : entries(actor)) {
            csv.append(String.join(";", quoted(entry.entity()), quoted(entry.table()), quoted(String.join(", ", entry.columns())),
                    quoted(entry.purpose(language)), quoted(entry.basis(language)), quoted(entry.retention(language)))).append("\r\n");
        }
        audit.record(actor.username(), "REGISTER_EXPORTED", "privacy:register", "csv");
        return csv.toString();
    }

    public byte[] pdf(Actor actor, Locale language) {
        boolean english = "en".equals(language.getLanguage());
        StringBuilder body = new StringBuilder("<h1>").append(english ? "Record of processing" : "Register över behandlingar")
                .append("</h1>");
        for (PersonalDataRegister.Entry entry : entries(actor)) {
            body.append("<h2>").append(Xhtml.escape(entry.entity() + " (" + entry.table() + ")")).append("</h2><ul>")
                    .append(item(english ? "Columns" : "Kolumner", String.join(", ", entry.columns())))
                    .append(item(english ? "Purpose" : "Ändamål", entry.purpose(language)))
                    .append(item(english ? "Legal basis" : "Rättslig grund", entry.basis(language)))
                    .append(item(english ? "Retention" : "Lagringstid", entry.retention(language))).append("</ul>");
        }
        audit.record(actor.username(), "REGISTER_EXPORTED", "privacy:register", "pdf");
        return Letterhead.pdf(language, english ? "Record of processing" : "Register över behandlingar",
                english ? "Record of processing" : "Register över behandlingar", body.toString());
    }

    private static String item(String label, String value) {
        return "<li>" + Xhtml.escape(label + ": " + value) + "</li>";
    }

    private static String quoted(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
