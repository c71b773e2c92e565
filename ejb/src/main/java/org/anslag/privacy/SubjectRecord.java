package org.anslag.privacy;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.anslag.shared.infrastructure.Letterhead;
import org.anslag.shared.infrastructure.Xhtml;

/** Everything the database holds about one person, table by table, with why each table keeps it. */
public record SubjectRecord(String username, String fullName, String email, boolean active, Instant gatheredAt,
                            List<PersonalDataScan.Found> found) {

    /** Table name and number of rows, for the page. */
    public record Count(String table, int rows) {
    }

    public List<Count> counts() {
        return found.stream().map(f -> new Count(f.table().toLowerCase(Locale.ROOT), f.rows().size())).toList();
    }

    public String json() {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createGenerator(out)) {
            json.writeStartObject()
                    .writeStartObject("person").write("username", username).write("fullName", fullName)
                    .write("email", email == null ? "" : email).write("active", active).writeEnd()
                    .write("gatheredAt", gatheredAt.toString())
                    .writeStartArray("tables");
            for (PersonalDataScan.Found table : found) {
                String name = table.table().toLowerCase(Locale.ROOT);
                json.writeStartObject().write("table", name);
                purposeOf(name).ifPresent(entry -> json.write("purpose", entry.purpose(Locale.ENGLISH))
                        .write("legalBasis", entry.basis(Locale.ENGLISH)).write("retention", entry.retention(Locale.ENGLISH)));
                json.writeStartArray("rows");
                for (Map<String, String> row : table.rows()) {
                    json.writeStartObject();
                    row.forEach((column, value) -> {
                        if (value == null) {
                            json.writeNull(column);
                        } else {
                            json.write(column, value);
                        }
                    });
                    json.writeEnd();
                }
                json.writeEnd().writeEnd();
            }
            json.writeEnd().writeEnd();
        }
        return out.toString();
    }

    public byte[] pdf(Locale language) {
        boolean english = "en".equals(language.getLanguage());
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(Xhtml.escape(english ? "Personal data about " : "Personuppgifter om "))
                .append(Xhtml.escape(fullName)).append("</h1><p>")
                .append(Xhtml.escape((english ? "User name: " : "Användarnamn: ") + username
                        + (email == null ? "" : (english ? ", e-mail: " : ", e-post: ") + email)
                        + (english ? ". Gathered " : ". Sammanställt ") + gatheredAt)).append("</p>");
        for (PersonalDataScan.Found table : found) {
            String name = table.table().toLowerCase(Locale.ROOT);
            body.append("<h2>").append(Xhtml.escape(name)).append("</h2>");
            purposeOf(name).ifPresent(entry -> body.append("<p>").append(Xhtml.escape(entry.purpose(language)
                    + " · " + entry.basis(language) + " · " + entry.retention(language))).append("</p>"));
            for (Map<String, String> row : table.rows()) {
                body.append("<ul>");
                row.forEach((column, value) -> {
                    if (value != null && !value.isBlank()) {
                        body.append("<li>").append(Xhtml.escape(column + ": " + value)).append("</li>");
                    }
                });
                body.append("</ul>");
            }
        }
        return Letterhead.pdf(language, english ? "Data-subject request" : "Registerutdrag",
                (english ? "Personal data about " : "Personuppgifter om ") + fullName, body.toString());
    }

    private static Optional<PersonalDataRegister.Entry> purposeOf(String table) {
        return PersonalDataRegister.withPersonalData().stream().filter(e -> e.table().equals(table)).findFirst();
    }
}
